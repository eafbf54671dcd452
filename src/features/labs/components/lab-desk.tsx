import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { useFresh } from '../../../hooks/use-fresh'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { labBookings } from '../api'
import { formatDay } from '../../../services/contract'

export function LabDesk() {
  const { state, reload } = useFresh(labBookings, [])
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(items) => items.length === 0}
      empty={<Text>本机构暂无采样预约。</Text>}
    >
      {(items) => (
        <View>
          {items.map((b) => (
            <View
              key={b.id}
              className='gov-list-card'
              role='button'
              onClick={() => openPage(routes.labBooking(b.id))}
            >
              <Text className='gov-line'>
                {formatDay(b.date)} {b.slotText} · {b.contact}
              </Text>
              <Text className='gov-text-secondary'>{b.address}</Text>
              <Text className='gov-line'>{b.canReport ? '… 待出具报告' : '✓ 报告已出具'}</Text>
            </View>
          ))}
        </View>
      )}
    </AsyncView>
  )
}
