import { Text, View } from '@tarojs/components'
import type { CaseSummary } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { useFresh } from '../../../hooks/use-fresh'
import { myCases } from '../api'
import { CaseCard } from './case-card'
import './cases.scss'

/** 我的办件: newest first, each with its state and clock. */
export function CaseList({ onOpen }: { onOpen: (c: CaseSummary) => void }) {
  const { state, reload } = useFresh(myCases, [])
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(items) => items.length === 0}
      empty={
        <View>
          <Text className='gov-line'>还没有办件。</Text>
          <Text className='gov-text-secondary'>
            在办事指南或“一件事”页面点“一键代办”，帮办员会全程代办。
          </Text>
        </View>
      }
    >
      {(items) => (
        <View>
          {items.map((c) => (
            <CaseCard key={c.id} summary={c} onOpen={() => onOpen(c)} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
