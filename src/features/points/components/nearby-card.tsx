import { Text, View } from '@tarojs/components'
import type { NearbyResult } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { openPage } from '../../../platform/navigation'
import { openMap } from '../../../platform/location'
import { routes } from '../../../utils/routes'
import { formatDistance } from '../../../utils/geo'
import { openStatus } from '../../../utils/opening-hours'
import { KIND_LABELS } from '../model'
import './point-card.scss'

type Nearby = NearbyResult['points'][number]

export function NearbyCard({ entry, now }: { entry: Nearby; now: Date }) {
  const { point } = entry
  const status = openStatus(point.hours, now)
  return (
    <View className='gov-list-card point-card' aria-label={point.name}>
      <View className='point-card__head'>
        <Text className='point-card__name'>{point.name}</Text>
        <Text className='point-card__name'>{formatDistance(entry.distanceMeters)}</Text>
      </View>
      <Text className={`point-card__status point-card__status--${status.open ? 'open' : 'closed'}`}>
        {status.label}
      </Text>
      <Text className='point-card__meta'>
        {KIND_LABELS[point.kind]} · 可办 {entry.itemCount} 项
      </Text>
      <Text className='point-card__meta'>{point.address}</Text>
      <View className='point-card__actions'>
        <GovButton variant='secondary' onClick={() => openPage(routes.pointDetail(point.id))}>
          详情
        </GovButton>
        <GovButton variant='secondary' onClick={() => void openMap(point)}>
          导航
        </GovButton>
      </View>
    </View>
  )
}
