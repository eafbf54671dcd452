import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  InboxMessage,
  MessagePage,
  MessageQuery,
  SubscriptionRecorded,
  SubscriptionReport,
  SubscriptionSetup,
  UnreadCount,
} from '../schemas/messages'

/** The endpoints of 消息 (the inbox and WeChat subscriptions). */
export const messagesEndpoints = {
  'GET /api/v1/messages': {
    summary: '我的消息（新的在前，每页 20 条）',
    auth: true,
    query: MessageQuery,
    response: MessagePage,
  },
  'GET /api/v1/messages/unread-count': {
    summary: '未读消息数',
    auth: true,
    response: UnreadCount,
  },
  'POST /api/v1/messages/:id/read': {
    summary: '标记一条消息已读',
    auth: true,
    params: IdParams,
    response: InboxMessage,
  },
  'POST /api/v1/messages/read-all': {
    summary: '全部标记已读',
    auth: true,
    response: UnreadCount,
  },
  'GET /api/v1/messages/subscription': {
    summary: '各时机要请求订阅的微信订阅消息模板',
    auth: true,
    response: SubscriptionSetup,
  },
  'POST /api/v1/messages/subscription': {
    summary: '记录用户在微信订阅弹窗中同意的模板',
    auth: true,
    body: SubscriptionReport,
    response: SubscriptionRecorded,
  },
} as const satisfies Record<string, EndpointDef>
