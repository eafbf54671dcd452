import { View } from '@tarojs/components'
import { ELDER_ENTRIES } from '../entries'
import { CallHelper } from './call-helper'
import { HomeEntries } from './home-entries'

/** The 长辈模式 home: the helper's phone first, then six large tiles; nothing moves or pops up. */
export function ElderHome({ signedIn }: { signedIn: boolean }) {
  return (
    <View>
      <CallHelper signedIn={signedIn} />
      <HomeEntries entries={ELDER_ENTRIES} large />
    </View>
  )
}
