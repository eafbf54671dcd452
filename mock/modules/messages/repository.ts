import { sql as raw } from 'kysely'
import type { MessageKind } from '../../../src/services/contract'
import { inTransaction, type Sql } from '../../db/engine'
import { arg, compiledReader } from '../../db/compiled-once'

export interface MessageRow {
  id: string
  user_id: string
  event_key: string
  kind: MessageKind
  title: string
  body: string
  route: string
  created_at: string
  read_at: string | null
}

export interface SendRow {
  message_id: string
  template: string
  status: SendStatus
  attempts: number
  next_try_at: string
  claimed_at: string | null
  note: string | null
  sent_at: string | null
}
export type SendStatus = 'pending' | 'sending' | 'sent' | 'skipped' | 'failed'

export const PAGE_SIZE = 20

export interface Cursor {
  createdAt: string
  id: string
}

export function createMessageRepo(sql: Sql) {
  const rows = () => sql.selectFrom('messages').selectAll()
  // The inbox is read on every look: its queries compiled once. The first page carries the
  // unread count in the same statement (a user with no messages has none unread either).
  const unreadOf = (userId: string) =>
    sql
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
  const newestFirst = <Q extends ReturnType<typeof rows>>(query: Q) =>
    query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      // A literal limit: SQLite runs a query whose LIMIT is bound ~7–12 µs slower.
      .limit(raw.lit(PAGE_SIZE + 1))
  const firstPageQuery = compiledReader(
    sql,
    newestFirst(rows().where('user_id', '=', arg(0))).select((eb) =>
      eb
        .selectFrom(unreadOf(arg(0)).as('u'))
        .select('u.n')
        .as('unread'),
    ),
  )
  const pageAfterQuery = compiledReader(
    sql,
    newestFirst(
      rows()
        .where('user_id', '=', arg(0))
        .where((eb) =>
          eb.or([
            eb('created_at', '<', arg(1)),
            eb.and([eb('created_at', '=', arg(1)), eb('id', '<', arg(2))]),
          ]),
        ),
    ),
  )
  const unreadQuery = compiledReader(sql, unreadOf(arg(0)))
  const unread = async (userId: string) => Number((await unreadQuery(userId))[0]?.n ?? 0)
  return {
    /**
     * Stores the message unless its (event, user) is already there, and its WeChat send when it
     * has one; true when this call stored it. Retries and other processes find the key taken.
     */
    deliver: (row: MessageRow, template: string | null) =>
      inTransaction(sql, async () => {
        const result = await sql
          .insertInto('messages')
          .values(row)
          .onConflict((c) => c.columns(['event_key', 'user_id']).doNothing())
          .executeTakeFirst()
        if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false
        if (template !== null) {
          await sql
            .insertInto('message_sends')
            .values({
              message_id: row.id,
              template,
              status: 'pending',
              next_try_at: row.created_at,
            })
            .execute()
        }
        return true
      }),
    find: (id: string) =>
      rows().where('id', '=', id).executeTakeFirst() as Promise<MessageRow | undefined>,
    byEvent: (eventKey: string) =>
      rows().where('event_key', '=', eventKey).execute() as Promise<MessageRow[]>,
    /** One page, newest first; ties in time are broken by id, the same way every time. */
    page: (userId: string, after: Cursor) =>
      pageAfterQuery(userId, after.createdAt, after.id) as Promise<MessageRow[]>,
    /** The first page and how many of all the user's messages are unread, in one statement. */
    firstPage: async (userId: string) => {
      const found = (await firstPageQuery(userId)) as (MessageRow & { unread: unknown })[]
      return {
        rows: found.map(({ unread: _count, ...row }) => row),
        unread: Number(found[0]?.unread ?? 0),
      }
    },
    unread,
    markRead: async (id: string, userId: string, at: string) => {
      await sql
        .updateTable('messages')
        .set({ read_at: at })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .execute()
    },
    markAllRead: async (userId: string, at: string) => {
      await sql
        .updateTable('messages')
        .set({ read_at: at })
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .execute()
    },
    /** The message with its user's openid, for its WeChat send. */
    recipient: (messageId: string) =>
      sql
        .selectFrom('messages as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select([
          'm.id',
          'm.user_id',
          'm.kind',
          'm.title',
          'm.body',
          'm.route',
          'm.created_at',
          'u.openid',
        ])
        .where('m.id', '=', messageId)
        .executeTakeFirst(),
    send: (messageId: string) =>
      sql
        .selectFrom('message_sends')
        .selectAll()
        .where('message_id', '=', messageId)
        .executeTakeFirst() as Promise<SendRow | undefined>,
    /** Sends to try now: pending and due, or claimed by a process that stopped before `staleBefore`. */
    dueSends: (at: string, staleBefore: string) =>
      sql
        .selectFrom('message_sends')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'pending'), eb('next_try_at', '<=', at)]),
            eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<', staleBefore)]),
          ]),
        )
        .orderBy('next_try_at')
        .limit(50)
        .execute() as Promise<SendRow[]>,
    /** Takes the send for this process; of several processes trying at once one gets it. */
    claimSend: async (send: SendRow, at: string) => {
      const result = await sql
        .updateTable('message_sends')
        .set({ status: 'sending', attempts: send.attempts + 1, claimed_at: at })
        .where('message_id', '=', send.message_id)
        .where('status', '=', send.status)
        .where('attempts', '=', send.attempts)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    finishSend: async (
      messageId: string,
      change: { status: SendStatus; note: string | null; next_try_at?: string; sent_at?: string },
    ) => {
      await sql
        .updateTable('message_sends')
        .set(change)
        .where('message_id', '=', messageId)
        .where('status', '=', 'sending')
        .execute()
    },
    /** Records an acceptance in WeChat's dialog: one more send (one-time), or on (long-term). */
    subscribe: async (userId: string, template: string, longTerm: boolean, at: string) => {
      await sql
        .insertInto('message_subscriptions')
        .values({ user_id: userId, template, remaining: 1, updated_at: at })
        .onConflict((c) =>
          c.columns(['user_id', 'template']).doUpdateSet((eb) => ({
            remaining: longTerm ? 1 : eb('message_subscriptions.remaining', '+', 1),
            updated_at: at,
          })),
        )
        .execute()
    },
    /** Uses one accepted send (one-time) or checks the standing one (long-term); false = none. */
    useSubscription: async (userId: string, template: string, longTerm: boolean) => {
      const result = await sql
        .updateTable('message_subscriptions')
        .set((eb) => ({ remaining: longTerm ? eb.ref('remaining') : eb('remaining', '-', 1) }))
        .where('user_id', '=', userId)
        .where('template', '=', template)
        .where('remaining', '>', 0)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
  }
}

export type MessageRepo = ReturnType<typeof createMessageRepo>
