import type { InboxMessage } from '../../../src/services/contract'
import { ApiError, notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'
import { PAGE_SIZE, type Cursor, type MessageRow } from './repository'
import { configuredIds, templatesAt } from './templates'

type MessageKeys =
  | 'GET /api/v1/messages'
  | 'GET /api/v1/messages/unread-count'
  | 'POST /api/v1/messages/:id/read'
  | 'POST /api/v1/messages/read-all'
  | 'GET /api/v1/messages/subscription'
  | 'POST /api/v1/messages/subscription'

const toMessage = (row: MessageRow): InboxMessage => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  route: row.route,
  createdAt: row.created_at,
  read: row.read_at !== null,
})

const cursorOf = (row: MessageRow) => `${row.created_at}|${row.id}`

function parseCursor(text: string | undefined): Cursor | undefined {
  if (text === undefined || text === '') return undefined
  const [createdAt, id, extra] = text.split('|')
  if (!createdAt || !id || extra !== undefined || Number.isNaN(Date.parse(createdAt)))
    throw new ApiError(400, 'MESSAGE_CURSOR_INVALID', '分页参数有误，请下拉刷新消息列表后重试')
  return { createdAt, id }
}

export function messageHandlers({
  repos,
  messageTemplates,
}: HandlerDeps): Pick<Handlers, MessageKeys> {
  const m = repos.messages
  /** Someone else's message is answered as missing: its existence is not theirs to learn. */
  const own = async (id: string, userId: string) => {
    const row = await m.find(id)
    if (!row || row.user_id !== userId) throw notFound('没有找到这条消息，请刷新消息列表')
    return row
  }
  return {
    'GET /api/v1/messages': async ({ query }, ctx) => {
      const userId = ctx.session.userId
      const after = parseCursor(query.cursor)
      const { rows, unread } = after
        ? { rows: await m.page(userId, after), unread: await m.unread(userId) }
        : await m.firstPage(userId)
      const items = rows.slice(0, PAGE_SIZE)
      const last = items.at(-1)
      return {
        items: items.map(toMessage),
        nextCursor: rows.length > PAGE_SIZE && last ? cursorOf(last) : null,
        unread,
      }
    },
    'GET /api/v1/messages/unread-count': async (_input, ctx) => ({
      unread: await m.unread(ctx.session.userId),
    }),
    'POST /api/v1/messages/:id/read': async ({ params }, ctx) => {
      const row = await own(params.id, ctx.session.userId)
      await m.markRead(row.id, row.user_id, ctx.now.toISOString())
      return toMessage((await m.find(row.id)) ?? row)
    },
    'POST /api/v1/messages/read-all': async (_input, ctx) => {
      await m.markAllRead(ctx.session.userId, ctx.now.toISOString())
      return { unread: await m.unread(ctx.session.userId) }
    },
    'GET /api/v1/messages/subscription': () => ({
      moments: {
        case_submitted: templatesAt(messageTemplates, 'case_submitted'),
        legal_asked: templatesAt(messageTemplates, 'legal_asked'),
      },
      longTerm: messageTemplates.longTerm,
    }),
    'POST /api/v1/messages/subscription': async ({ body }, ctx) => {
      const known = configuredIds(messageTemplates)
      const unknown = body.accepted.filter((id) => !known.includes(id))
      if (unknown.length > 0)
        throw new ApiError(
          400,
          'SUBSCRIPTION_TEMPLATE_UNKNOWN',
          '订阅的消息模板已更新，请重新打开小程序后再订阅',
        )
      const at = ctx.now.toISOString()
      for (const id of new Set(body.accepted))
        await m.subscribe(ctx.session.userId, id, messageTemplates.longTerm, at)
      return { recorded: new Set(body.accepted).size }
    },
  }
}
