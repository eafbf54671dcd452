import { Text, View } from '@tarojs/components'
import { Icon } from '../../../components/icon'
import { openPage } from '../../../platform/navigation'
import type { HomeEntry } from '../entries'
import './home-entries.scss'

/** The home tiles; `large` is 长辈模式's: bigger, centred, the title alone. */
export function HomeEntries({
  entries,
  large = false,
  label = large ? '常办的事' : '常用服务',
}: {
  entries: readonly HomeEntry[]
  large?: boolean
  label?: string
}) {
  return (
    <View className={`home-entries${large ? ' home-entries--large' : ''}`} aria-label={label}>
      {entries.map((entry) => (
        <View
          key={entry.title}
          className='home-entries__tile'
          role='button'
          onClick={() => openPage(entry.url)}
        >
          <Icon name={entry.icon} size='tile' />
          <Text className='home-entries__title'>{entry.title}</Text>
          {!large && <Text className='home-entries__description'>{entry.description}</Text>}
        </View>
      ))}
    </View>
  )
}
