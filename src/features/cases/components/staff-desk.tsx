import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CaseSummary } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { Chips } from '../../../components/chips'
import { useFresh } from '../../../hooks/use-fresh'
import { staffCases } from '../api'
import { CaseCard } from './case-card'
import './cases.scss'

type Scope = 'open' | 'closed'
const SCOPES = [
  { value: 'open', text: '待办' },
  { value: 'closed', text: '已办结' },
] as const

/** The 帮办员's cases: open ones oldest first (closest to the deadline), or the closed ones. */
export function StaffDesk({ onOpen }: { onOpen: (c: CaseSummary) => void }) {
  const [scope, setScope] = useState<Scope>('open')
  const { state, reload } = useFresh(() => staffCases(scope), [scope])
  return (
    <View>
      <Chips<Scope>
        label='办件范围'
        options={SCOPES}
        value={scope}
        onChange={(v) => setScope(v ?? 'open')}
      />
      <AsyncView
        state={state}
        onRetry={reload}
        isEmpty={(items) => items.length === 0}
        empty={<Text>{scope === 'open' ? '暂无待办的办件' : '暂无已办结的办件'}</Text>}
      >
        {(items) => (
          <View>
            {items.map((c) => (
              <CaseCard key={c.id} summary={c} showApplicant onOpen={() => onOpen(c)} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
