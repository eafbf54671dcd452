import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.messages)

export const messagePage = (cursor?: string) =>
  call('GET /api/v1/messages', { query: cursor === undefined ? {} : { cursor } })
export const unreadCount = () => call('GET /api/v1/messages/unread-count').then((r) => r.unread)
export const markRead = (id: string) => call('POST /api/v1/messages/:id/read', { params: { id } })
export const markAllRead = () => call('POST /api/v1/messages/read-all').then((r) => r.unread)
export const subscriptionSetup = () => call('GET /api/v1/messages/subscription')
export const reportSubscription = (accepted: string[]) =>
  call('POST /api/v1/messages/subscription', { body: { accepted } })
