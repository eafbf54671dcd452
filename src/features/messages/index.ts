export { Inbox } from './components/inbox'
export { ElderMessagesTile, MessagesCell } from './components/entries'
export { SubscribeCard } from './components/subscribe-card'
export { refreshUnread, useUnread } from './unread'
