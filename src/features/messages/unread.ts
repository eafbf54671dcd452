import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { useSession } from '../../stores/session'
import { unreadCount } from './api'

interface UnreadState {
  count: number
}

/** Unread 消息, shared by the 我的 entry, the tab bar and the 长辈模式 home. */
export const useUnread = create<UnreadState>()(() => ({ count: 0 }))

const MINE_TAB = 2

/** The red badge on the 我的 tab; where the platform has none nothing happens. */
function showOnTabBar(count: number): void {
  const done = () => undefined
  if (count > 0) {
    void Promise.resolve()
      .then(() =>
        Taro.setTabBarBadge({ index: MINE_TAB, text: count > 99 ? '99+' : String(count) }),
      )
      .catch(done)
  } else {
    void Promise.resolve()
      .then(() => Taro.removeTabBarBadge({ index: MINE_TAB }))
      .catch(done)
  }
}

export function setUnread(count: number): void {
  useUnread.setState({ count })
  showOnTabBar(count)
}

/** Asks the server again (signed in only); a failure keeps the last count. */
export async function refreshUnread(): Promise<void> {
  if (useSession.getState().token === null) return setUnread(0)
  try {
    setUnread(await unreadCount())
  } catch {
    // Offline or signed out meanwhile: the badge stays as it was until the next show.
  }
}

// A sign-in that ends after the first screen (the usual case at launch) brings its count along.
useSession.subscribe((state, previous) => {
  if (state.token !== previous.token) void refreshUnread()
})

/** “3条未读” for labels read aloud and by screen readers. */
export const unreadText = (count: number) => (count > 0 ? `${count}条未读` : '没有未读')
