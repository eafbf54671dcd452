import { listDates, listSlots } from './availability'
import { book, checkItemAtPoint, lookUpItemAtPoint, type ItemAtPoint } from './booking'
import { appointmentView, changeDeadline, effectiveStatus } from './view'
import type { AppointmentRow } from './repository'
import { ApiError, notFound } from '../../http/errors'
import { onBehalf } from '../family/act'
import { inTransaction } from '../../db/engine'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'
import type { ItemSummary } from '../../../src/services/contract'
import { catalogCache, versionCache } from '../catalog/version-cache'
import type { Repos } from '../repositories'
import { appointmentChangedMessage, proxyBookedMessage } from '../messages/builders'

type AppointmentKeys =
  | 'GET /api/v1/appointments/items'
  | 'GET /api/v1/appointments/dates'
  | 'GET /api/v1/appointments/slots'
  | 'POST /api/v1/appointments'
  | 'GET /api/v1/appointments'
  | 'GET /api/v1/appointments/:id'
  | 'POST /api/v1/appointments/:id/cancel'
  | 'POST /api/v1/appointments/:id/reschedule'

/** Someone else's booking is answered exactly like a missing one. */
async function ownBooking(repos: Repos, id: string, userId: string): Promise<AppointmentRow> {
  const row = await repos.appointments.findById(id)
  if (!row || row.user_id !== userId) throw notOwnBooking()
  return row
}

const notOwnBooking = () => notFound('没有找到该预约，请刷新“我的预约”后重试')

function requireChangeable(row: AppointmentRow, now: Date): void {
  const status = effectiveStatus(row, now)
  if (status === 'arrived')
    throw new ApiError(409, 'ALREADY_ARRIVED', '该预约已签到，无法取消或改约')
  if (status === 'cancelled')
    throw new ApiError(409, 'ALREADY_CANCELLED', '该预约已取消，请重新预约')
  if (status !== 'needs_rebook' && now >= changeDeadline(row)) {
    throw new ApiError(
      409,
      'CHANGE_WINDOW_CLOSED',
      '距离预约时段已不足2小时，无法在线取消或改约；如不能按时前往，请致电网点说明',
    )
  }
}

const BOOKING_ITEMS = 20
const ITEMS_AT_POINTS_KEPT = 2_000

export function appointmentHandlers({
  repos,
  sql,
  search,
  qrKey,
  notify,
}: HandlerDeps): Pick<Handlers, AppointmentKeys> {
  const tx = <T>(work: () => Promise<T>) => inTransaction(sql, work)
  const itemName = async (row: AppointmentRow) =>
    (await repos.catalog.summaries([row.item_id]))[0]?.name ?? '预约事项'
  const { view, viewed } = appointmentView(repos, qrKey)
  // What the bookable list starts with depends on the catalog only: kept per catalog version.
  const popular = catalogCache<ItemSummary[]>(sql, 1)
  // Whether a point handles an item is the catalog's too: kept per the catalog version the
  // calendar read with its counts (GET routes run outside any transaction).
  const itemsAtPoints = versionCache<ItemAtPoint>(ITEMS_AT_POINTS_KEPT)
  const findPlace = async (itemId: string, pointId: string, catalogVersion: number) =>
    checkItemAtPoint(
      await itemsAtPoints(catalogVersion, `${itemId}\n${pointId}`, () =>
        lookUpItemAtPoint(repos, itemId, pointId),
      ),
    )
  return {
    // The search ranks every item; a generous limit leaves enough bookable ones after filtering.
    'GET /api/v1/appointments/items': async ({ query }) => {
      const q = query.q ?? ''
      if (q === '') {
        const items = await popular('', async () =>
          repos.catalog.summaries(await repos.appointments.popularBookable(BOOKING_ITEMS)),
        )
        return { items }
      }
      const ids = (await search()).search(q, { limit: 50 }).map((ref) => ref.id)
      const bookable = await repos.appointments.bookableAmong(ids)
      const picked = ids.filter((id) => bookable.has(id)).slice(0, BOOKING_ITEMS)
      return { items: await repos.catalog.summaries(picked) }
    },
    'GET /api/v1/appointments/dates': ({ query }, ctx) =>
      listDates(repos, query.itemId, query.pointId, ctx.now, findPlace),
    'GET /api/v1/appointments/slots': ({ query }, ctx) =>
      listSlots(repos, query, ctx.now, findPlace),
    // onBehalf runs `book` in one transaction with the grant check and its audit.
    'POST /api/v1/appointments': async ({ body }, ctx) => {
      const row = await onBehalf(repos, {
        actingFor: body.actingFor,
        callerId: ctx.session.userId,
        itemIds: [body.itemId],
        action: 'booked',
        now: ctx.now,
        run: (ownerId) => book(repos, ownerId, body, ctx.now),
      })
      if (row.user_id !== ctx.session.userId)
        await notify(ctx, proxyBookedMessage(row, await itemName(row)))
      return view(row, ctx.now)
    },
    'GET /api/v1/appointments': async ({ query }, ctx) => {
      const upcoming = (query.scope ?? 'upcoming') === 'upcoming'
      const rows = (await repos.appointments.viewedOfUser(ctx.session.userId)).filter(
        (r) => (r.status !== 'cancelled' && new Date(r.slot_end) > ctx.now) === upcoming,
      )
      if (upcoming) rows.reverse()
      return { items: rows.map((r) => viewed(r, ctx.now)) }
    },
    'GET /api/v1/appointments/:id': async ({ params }, ctx) => {
      const row = await repos.appointments.viewedById(params.id)
      if (!row || row.user_id !== ctx.session.userId) throw notOwnBooking()
      return viewed(row, ctx.now)
    },
    'POST /api/v1/appointments/:id/cancel': async ({ params }, ctx) => {
      const row = await tx(async () => {
        const own = await ownBooking(repos, params.id, ctx.session.userId)
        if (own.status === 'cancelled') return own // repeating a cancel changes nothing
        requireChangeable(own, ctx.now)
        await repos.appointments.cancel(own.id, ctx.now.toISOString())
        return ownBooking(repos, own.id, ctx.session.userId)
      })
      await notify(ctx, appointmentChangedMessage(row, await itemName(row), 'cancelled'))
      return view(row, ctx.now)
    },
    // All-or-nothing: a rule failing in `book` rolls the cancellation back with it.
    'POST /api/v1/appointments/:id/reschedule': async ({ params, body }, ctx) => {
      const row = await tx(async () => {
        const old = await ownBooking(repos, params.id, ctx.session.userId)
        requireChangeable(old, ctx.now)
        await repos.appointments.cancel(old.id, ctx.now.toISOString())
        const input = {
          ...body,
          itemId: old.item_id,
          name: old.name,
          phone: old.phone,
          reminder: old.reminder,
        }
        const moved = await book(repos, ctx.session.userId, input, ctx.now)
        await repos.appointments.markMoved(old.id, moved.id)
        return moved
      })
      await notify(ctx, appointmentChangedMessage(row, await itemName(row), 'moved'))
      return view(row, ctx.now)
    },
  }
}
