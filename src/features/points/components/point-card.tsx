import { Text, View } from '@tarojs/components'
import type { ServicePoint } from '../../../services/contract'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { openStatus } from '../../../utils/opening-hours'
import { KIND_LABELS } from '../model'
import './point-card.scss'

export function PointCard({ point, now }: { point: ServicePoint; now: Date }) {
  const status = openStatus(point.hours, now)
  return (
    <View
      className='gov-list-card point-card'
      role='button'
      onClick={() => openPage(routes.pointDetail(point.id))}
    >
      <View className='point-card__head'>
        <Text className='point-card__name'>{point.name}</Text>
        <Text
          className={`point-card__status point-card__status--${status.open ? 'open' : 'closed'}`}
        >
          {status.label}
        </Text>
      </View>
      <Text className='point-card__meta'>
        {KIND_LABELS[point.kind]} · {point.street}
      </Text>
      <Text className='point-card__meta'>{point.address}</Text>
    </View>
  )
}
