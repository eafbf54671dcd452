import { Text, View } from '@tarojs/components'
import { openPage } from '../../../platform/navigation'
import { HOME_ENTRIES } from '../entries'
import './home-entries.scss'

export function HomeEntries() {
  return (
    <View className='home-entries' aria-label='常用服务'>
      {HOME_ENTRIES.map((entry) => (
        <View
          key={entry.title}
          className='home-entries__tile'
          role='button'
          onClick={() => openPage(entry.url)}
        >
          <Text className='home-entries__icon'>{entry.icon}</Text>
          <Text className='home-entries__title'>{entry.title}</Text>
          <Text className='home-entries__description'>{entry.description}</Text>
        </View>
      ))}
    </View>
  )
}
