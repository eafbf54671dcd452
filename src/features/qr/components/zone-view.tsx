import { Text, View } from '@tarojs/components'
import type { Zone } from '../../../services/contract'
import { openPage } from '../../../platform/navigation'
import { pageFor } from '../model'

/** A service zone: what it offers, each service one tap away (the same targets as its wall). */
export function ZoneView({ zone }: { zone: Zone }) {
  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>{zone.name}</Text>
        <Text className='gov-text-secondary'>位置：{zone.pointName}</Text>
        <Text className='gov-line'>{zone.description}</Text>
      </View>
      <View aria-label='专区服务'>
        {zone.services.map((service) => {
          const page = pageFor(service.action, service.title, false)
          return (
            <View
              key={service.link}
              className='gov-list-card'
              role='button'
              aria-label={service.title}
              onClick={page ? () => openPage(page) : undefined}
            >
              <Text>{service.title}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
