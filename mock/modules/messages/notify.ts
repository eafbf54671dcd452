import { randomUUID } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import { afterCommit, type Sql } from '../../db/engine'
import type { MessageDraft } from './builders'
import type { MessageRepo } from './repository'
import { TEMPLATE_OF } from './templates'

/** Stores a message (and its WeChat send) unless its event already reached that user. */
export function deliver(messages: MessageRepo, draft: MessageDraft, now: Date): Promise<boolean> {
  return messages.deliver(
    {
      id: randomUUID(),
      user_id: draft.userId,
      event_key: draft.eventKey,
      kind: draft.kind,
      title: draft.title,
      body: draft.body,
      route: draft.route,
      created_at: now.toISOString(),
      read_at: null,
    },
    TEMPLATE_OF[draft.kind],
  )
}

export type Notify = (
  ctx: { now: Date; log: FastifyBaseLogger },
  draft: MessageDraft | null,
) => Promise<void>

/**
 * Tells a user of an event once the action's transaction has committed (a rolled-back action
 * tells no one). Never throws: a message that cannot be stored is logged, the action stands.
 */
export function createNotify(sql: Sql, messages: MessageRepo): Notify {
  return (ctx, draft) => {
    if (draft === null) return Promise.resolve()
    return afterCommit(sql, async () => {
      try {
        await deliver(messages, draft, ctx.now)
      } catch (error) {
        ctx.log.error({ err: error, kind: draft.kind }, 'message not stored')
      }
    })
  }
}
