import { Text, View } from '@tarojs/components'
import type { PointKind } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { useRemote } from '../../../hooks/use-remote'
import { listServicePoints } from '../api'
import { PointCard } from './point-card'

interface PointListProps {
  q?: string
  kind?: PointKind
}

export function PointList({ q, kind }: PointListProps) {
  const { state, reload } = useRemote(
    () => listServicePoints({ q: q || undefined, kind }),
    [q, kind],
  )
  const now = new Date()
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(items) => items.length === 0}
      empty={
        <View>
          <Text>没有找到{q ? `与“${q}”有关的` : '这类'}服务网点。</Text>
          <Text className='gov-text-secondary'>
            可以换个词试试，比如街道名“幸福路”、网点名“万达”或业务“社保查询”。
          </Text>
        </View>
      }
    >
      {(items) => (
        <View aria-label='服务网点列表'>
          {items.map((point) => (
            <PointCard key={point.id} point={point} now={now} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
