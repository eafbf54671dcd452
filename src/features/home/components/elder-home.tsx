import { Text, View } from '@tarojs/components'
import { openPage } from '../../../platform/navigation'
import { ELDER_ENTRIES } from '../entries'
import { CallHelper } from './call-helper'
import './elder-home.scss'

/** The 长辈模式 home: the helper's phone first, then six large tiles; nothing moves or pops up. */
export function ElderHome({ signedIn }: { signedIn: boolean }) {
  return (
    <View className='elder-home'>
      <CallHelper signedIn={signedIn} />
      <View className='elder-home__tiles' aria-label='常办的事'>
        {ELDER_ENTRIES.map((entry) => (
          <View
            key={entry.title}
            className='elder-home__tile'
            role='button'
            onClick={() => openPage(entry.url)}
          >
            <Text className='elder-home__icon'>{entry.icon}</Text>
            <Text className='elder-home__title'>{entry.title}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
