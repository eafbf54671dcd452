import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { Cell } from '../../../components/cell'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { refreshUnread, unreadText, useUnread } from '../unread'
import './inbox.scss'

function UnreadBadge({ count }: { count: number }) {
  if (count === 0) return null
  return (
    <Text className='unread-badge' aria-label={unreadText(count)}>
      {count > 99 ? '99+' : count}
    </Text>
  )
}

/** 我的 → 消息, with the unread count; asks the server again each time the page shows. */
export function MessagesCell() {
  const count = useUnread((s) => s.count)
  useDidShow(() => void refreshUnread())
  return (
    <Cell
      title={
        <>
          消息 <UnreadBadge count={count} />
        </>
      }
      description='办件进度、补正、预约提醒、律师回复'
      onClick={() => openPage(routes.messages)}
    />
  )
}

/**
 * The 长辈模式 home's large 消息 button, saying how many are unread. While the launch sign-in is
 * still running (`pending`) it holds its place and says so, so nothing below it moves later.
 */
export function ElderMessagesTile({ pending = false }: { pending?: boolean }) {
  const count = useUnread((s) => s.count)
  useDidShow(() => void refreshUnread())
  const unread = !pending && count > 0
  return (
    <View className='elder-messages' role='button' onClick={() => openPage(routes.messages)}>
      <Text className='elder-messages__title'>我的消息</Text>
      <Text className={unread ? 'elder-messages__count--unread' : 'elder-messages__count'}>
        {pending ? '正在查看…' : unreadText(count)}
      </Text>
    </View>
  )
}
