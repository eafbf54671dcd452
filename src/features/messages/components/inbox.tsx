import { useCallback, useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { GovButton } from '../../../components/gov-button'
import { ReadAloud } from '../../../components/read-aloud'
import { useElderMode } from '../../../hooks/use-elder-mode'
import { openPage } from '../../../platform/navigation'
import { formatDayTime, type InboxMessage } from '../../../services/contract'
import { isApiError } from '../../../services/http'
import { markAllRead, markRead, messagePage } from '../api'
import { setUnread, unreadText } from '../unread'
import './inbox.scss'

type Loaded = { items: InboxMessage[]; nextCursor: string | null; unread: number }
type State =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | ({ status: 'ready'; more: 'idle' | 'loading' | 'failed' } & Loaded)

const messageOf = (error: unknown) => (isApiError(error) ? error.message : '网络不太好，请稍后重试')

/** What 朗读 says of a message: its title, then what it says. */
export const spokenText = (m: InboxMessage) => `${m.title}。${m.body}`

function MessageRow({
  message,
  elder,
  onOpen,
}: {
  message: InboxMessage
  elder: boolean
  onOpen: () => void
}) {
  return (
    <View className={`inbox__item${message.read ? '' : ' inbox__item--unread'}`}>
      <View className='inbox__open' role='button' onClick={onOpen}>
        <View className='inbox__head'>
          {!message.read && <Text className='inbox__dot' aria-label='未读' />}
          <Text className='inbox__title'>{message.title}</Text>
        </View>
        <Text className='inbox__body'>{message.body}</Text>
        <Text className='inbox__time'>
          {formatDayTime(message.createdAt)}
          {message.read ? ' · 已读' : ' · 未读'}
        </Text>
      </View>
      {elder && (
        <View className='inbox__speak'>
          <ReadAloud text={spokenText(message)} />
        </View>
      )}
    </View>
  )
}

/** 消息: every event that concerns me, newest first, 20 at a time; a tap opens its page. */
export function Inbox() {
  const elder = useElderMode()
  const [state, setState] = useState<State>({ status: 'loading' })
  const generation = useRef(0)

  const loadFirst = useCallback(async () => {
    const mine = (generation.current += 1)
    try {
      const page = await messagePage()
      if (mine !== generation.current) return
      setUnread(page.unread)
      setState({ status: 'ready', more: 'idle', ...page })
    } catch (error) {
      if (mine === generation.current) setState({ status: 'error', message: messageOf(error) })
    }
  }, [])
  useEffect(() => void loadFirst(), [loadFirst])
  // Shown again (back from a message's page): the list and its read marks as they are now. The
  // first show comes while the first load is under way: no second request then.
  const loading = useRef(true)
  loading.current = state.status === 'loading'
  useDidShow(() => {
    if (!loading.current) void loadFirst()
  })

  if (state.status === 'loading') {
    return (
      <View className='gov-async gov-async--loading' aria-busy='true'>
        <Text className='gov-async__sr'>正在加载…</Text>
        <View className='gov-async__skeleton' />
        <View className='gov-async__skeleton' />
      </View>
    )
  }
  if (state.status === 'error') {
    return (
      <View className='gov-async gov-async--error' role='alert'>
        <Text className='gov-async__title'>没能加载出来</Text>
        <Text className='gov-async__message'>{state.message}</Text>
        <GovButton variant='secondary' onClick={() => void loadFirst()}>
          重试
        </GovButton>
      </View>
    )
  }

  const loadMore = async () => {
    if (state.nextCursor === null) return
    const mine = generation.current
    setState({ ...state, more: 'loading' })
    try {
      const page = await messagePage(state.nextCursor)
      if (mine !== generation.current) return
      setUnread(page.unread)
      setState({
        status: 'ready',
        more: 'idle',
        items: [...state.items, ...page.items],
        nextCursor: page.nextCursor,
        unread: page.unread,
      })
    } catch {
      if (mine === generation.current) setState({ ...state, more: 'failed' })
    }
  }
  const open = (message: InboxMessage) => {
    // Read the moment it is opened; the page opens whether or not the mark reaches the server.
    if (!message.read) {
      setState({
        ...state,
        items: state.items.map((m) => (m.id === message.id ? { ...m, read: true } : m)),
        unread: Math.max(state.unread - 1, 0),
      })
      setUnread(Math.max(state.unread - 1, 0))
      void markRead(message.id).catch(() => undefined)
    }
    openPage(message.route)
  }
  const readAll = async () => {
    generation.current += 1
    try {
      setUnread(await markAllRead())
    } finally {
      await loadFirst()
    }
  }

  if (state.items.length === 0) {
    return (
      <View className='gov-async gov-async--empty'>
        <Text className='gov-line'>还没有消息。</Text>
        <Text className='gov-text-secondary'>
          办件受理、补正、办结，预约提醒，律师回复等都会在这里告诉您。
        </Text>
      </View>
    )
  }
  return (
    <View className='inbox'>
      <View className='inbox__bar'>
        <View role='status'>
          <Text className='inbox__count'>{unreadText(state.unread)}</Text>
        </View>
        {state.unread > 0 && (
          <GovButton variant='plain' onClick={() => void readAll()}>
            全部已读
          </GovButton>
        )}
      </View>
      {state.items.map((m) => (
        <MessageRow key={m.id} message={m} elder={elder} onOpen={() => open(m)} />
      ))}
      {state.nextCursor !== null && (
        <GovButton
          variant='secondary'
          block
          loading={state.more === 'loading'}
          onClick={() => void loadMore()}
        >
          {state.more === 'failed' ? '加载失败，点此重试' : '加载更早的消息'}
        </GovButton>
      )}
      {state.nextCursor === null && state.items.length > 20 && (
        <Text className='gov-text-secondary'>没有更早的消息了</Text>
      )}
    </View>
  )
}
