import { Text, View } from '@tarojs/components'
import type { ServicePoint } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { callPhone } from '../../../platform/phone'
import { hoursLines, openStatus } from '../../../utils/opening-hours'
import { KIND_LABELS } from '../model'
import './point-detail.scss'

export function PointDetail({ point, now }: { point: ServicePoint; now: Date }) {
  const status = openStatus(point.hours, now)
  return (
    <View className='point-detail'>
      <View className='gov-card gov-section'>
        <Text className='point-detail__name'>{point.name}</Text>
        <Text className='gov-text-secondary'>
          {KIND_LABELS[point.kind]} · {point.street}
        </Text>
        <Text
          className={`point-detail__status point-detail__status--${status.open ? 'open' : 'closed'}`}
        >
          {status.label}
        </Text>
      </View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>地址</Text>
        <Text selectable>{point.address}</Text>
      </View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>办公时间</Text>
        {hoursLines(point.hours).map((line) => (
          <Text key={line} className='point-detail__line'>
            {line}
          </Text>
        ))}
        <Text className='gov-text-secondary'>法定节假日按政府公告调整</Text>
      </View>
      {point.features.length > 0 && (
        <View className='gov-card gov-section'>
          <Text className='gov-section__title'>可办业务与设施</Text>
          <View className='point-detail__features'>
            {point.features.map((feature) => (
              <Text key={feature} className='point-detail__feature'>
                {feature}
              </Text>
            ))}
          </View>
        </View>
      )}
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>咨询电话</Text>
        <Text className='point-detail__line'>{point.phone}</Text>
        <GovButton variant='secondary' onClick={() => void callPhone(point.phone)}>
          拨打 {point.phone}
        </GovButton>
      </View>
    </View>
  )
}
