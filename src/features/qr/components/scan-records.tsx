import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { Cell } from '../../../components/cell'
import { useFresh } from '../../../hooks/use-fresh'
import { formatDayTime } from '../../../services/contract'
import { myScans } from '../api'

/** 扫码记录: every code scanned, official or refused, newest first. */
export function ScanRecords() {
  const { state, reload } = useFresh(myScans, [])
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(items) => items.length === 0}
      empty={<Text>还没有扫码记录。</Text>}
    >
      {(items) => (
        <View className='gov-list' aria-label='扫码记录'>
          {items.map((scan) => (
            <Cell
              key={scan.id}
              title={`${scan.official ? '✓ 官方码 · ' : '✗ '}${scan.title}`}
              description={formatDayTime(scan.at)}
            />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
