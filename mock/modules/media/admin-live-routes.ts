import { randomUUID } from 'node:crypto'
import { inTransaction, inTurn } from '../../db/engine'
import { notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { recordChange } from '../admin/audit-repository'
import type { HandlerDeps } from '../deps'
import type { AdminLiveRow } from './admin-repository'
import { liveTimetable } from './admin-live-reads'
import { liveState, toAdminLive } from './admin-view'
import { clipDuration, clipFor } from './clips'
import {
  checkAhead,
  liveCancelledMessage,
  liveMovedMessage,
  notEditable,
  overlapError,
} from './live-changes'
import { replayIdOf } from './live-schedule'

type AdminLiveKeys =
  | 'GET /api/v1/admin/media/live'
  | 'POST /api/v1/admin/media/live'
  | 'POST /api/v1/admin/media/live/:id'
  | 'POST /api/v1/admin/media/live/:id/cancel'

/** Stored times are UTC ISO strings and compare as text: an input with an offset is converted first. */
const iso = (instant: string) => new Date(instant).toISOString()

/** The clip a new slot plays (every slot here plays a stored recording; a camera would replace it). */
const NEW_SLOT_CLIP = clipFor(3)

/**
 * 管理后台 · 直播排期. Changes take turns with each other and with the seed (`live-schedule`), so
 * two sessions scheduled at once cannot overlap; residents with a reminder hear of a move or a
 * cancellation once the change commits.
 */
export function adminLiveHandlers({
  repos,
  sql,
  notify,
}: HandlerDeps): Pick<Handlers, AdminLiveKeys> {
  const media = repos.mediaAdmin
  const found = async (id: string): Promise<AdminLiveRow> => {
    const row = await media.session(id)
    if (!row) throw notFound('没有找到这场直播，请刷新列表后重试')
    return row
  }
  const audit = (
    actorId: string,
    verb: 'scheduled' | 'edited' | 'cancelled',
    before: AdminLiveRow | null,
    after: AdminLiveRow,
    at: string,
  ) =>
    recordChange(sql, {
      actorId,
      action: `live.${verb}`,
      target: { kind: 'live_session', id: after.id },
      summary: `${{ scheduled: '新增直播', edited: '修改直播', cancelled: '取消直播' }[verb]}（${after.title}）`,
      before: before && liveState(before),
      after: liveState(after),
      at,
    })
  return {
    'GET /api/v1/admin/media/live': async (_input, ctx) => ({
      items: (await liveTimetable(sql)).map((row) => toAdminLive(row, ctx.now)),
    }),
    'POST /api/v1/admin/media/live': async ({ body }, ctx) => {
      checkAhead(body, ctx.now)
      const at = ctx.now.toISOString()
      const row = await inTransaction(sql, async () => {
        await inTurn(sql, 'live-schedule')
        const other = await media.overlapping(iso(body.startsAt), iso(body.endsAt), null)
        if (other) throw overlapError(other)
        const id = `live-c${randomUUID().slice(0, 8)}`
        const clip = { name: NEW_SLOT_CLIP, durationSec: clipDuration(NEW_SLOT_CLIP) }
        await media.addSession(id, body, clip, replayIdOf(id), at)
        const created = await found(id)
        await audit(ctx.session.userId, 'scheduled', null, created, at)
        return created
      })
      return toAdminLive(row, ctx.now)
    },
    'POST /api/v1/admin/media/live/:id': async ({ params, body }, ctx) => {
      checkAhead(body, ctx.now)
      const at = ctx.now.toISOString()
      const row = await inTransaction(sql, async () => {
        await inTurn(sql, 'live-schedule')
        const before = await found(params.id)
        const other = await media.overlapping(iso(body.startsAt), iso(body.endsAt), before.id)
        if (other) throw overlapError(other)
        if (!(await media.editSession(before.id, body, at))) throw notEditable()
        const after = await found(before.id)
        const moved = after.starts_at !== before.starts_at
        if (moved) await media.rearmReminders(after.id)
        await audit(ctx.session.userId, 'edited', before, after, at)
        if (moved) {
          for (const userId of await media.subscribers(after.id))
            await notify(ctx, liveMovedMessage(after, userId, before.starts_at, ctx.now))
        }
        return after
      })
      return toAdminLive(row, ctx.now)
    },
    'POST /api/v1/admin/media/live/:id/cancel': async ({ params }, ctx) => {
      const at = ctx.now.toISOString()
      const row = await inTransaction(sql, async () => {
        const before = await found(params.id)
        if (!(await media.cancelSession(before.id, at))) throw notEditable()
        const after = await found(before.id)
        await audit(ctx.session.userId, 'cancelled', before, after, at)
        for (const userId of await media.subscribers(after.id))
          await notify(ctx, liveCancelledMessage(after, userId, ctx.now))
        return after
      })
      return toAdminLive(row, ctx.now)
    },
  }
}
