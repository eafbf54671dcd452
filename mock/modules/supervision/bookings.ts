import type { SupervisionBookings } from '../../../src/services/contract'
import type { Sql } from '../../db/engine'
import type { Window } from './range'
import { countWhere, demoCount, num, share } from './sql-parts'

/**
 * 预约 of the days in the window, per service point: arrived (窗口签到), 爽约 (the slot ended with
 * no check-in and no cancellation), still to come; and the booked half-hours per point.
 */
export async function bookingStats(
  sql: Sql,
  window: Window,
  now: Date,
): Promise<SupervisionBookings> {
  const nowIso = now.toISOString()
  const inWindow = sql
    .selectFrom('appointments')
    .where('day', '>=', window.from)
    .where('day', '<=', window.to)
  const perPoint = await inWindow
    .select((eb) => [
      'point_id',
      eb.fn.countAll<string | number>().as('n'),
      countWhere(eb('status', '=', 'cancelled')).as('cancelled'),
      countWhere(eb('status', '=', 'arrived')).as('arrived'),
      countWhere(eb.and([eb('status', '=', 'booked'), eb('slot_end', '<=', nowIso)])).as('missed'),
      demoCount().as('demo'),
    ])
    .groupBy('point_id')
    .execute()
  const perSlot = await inWindow
    .select((eb) => ['point_id', 'time', eb.fn.countAll<string | number>().as('n')])
    .where('status', '<>', 'cancelled')
    .groupBy(['point_id', 'time'])
    .execute()
  const names = new Map(
    (await sql.selectFrom('service_points').select(['id', 'name', 'sort_order']).execute()).map(
      (p) => [p.id, p],
    ),
  )
  const points = perPoint
    .map((r) => {
      const cancelled = num(r.cancelled)
      const arrived = num(r.arrived)
      const noShow = num(r.missed)
      const booked = num(r.n) - cancelled
      return {
        pointId: r.point_id,
        name: names.get(r.point_id)?.name ?? r.point_id,
        booked,
        cancelled,
        arrived,
        noShow,
        upcoming: booked - arrived - noShow,
        noShowRate: share(noShow, arrived + noShow),
      }
    })
    .sort(
      (a, b) => (names.get(a.pointId)?.sort_order ?? 99) - (names.get(b.pointId)?.sort_order ?? 99),
    )
  const arrived = points.reduce((sum, p) => sum + p.arrived, 0)
  const noShow = points.reduce((sum, p) => sum + p.noShow, 0)
  return {
    demoRecords: perPoint.reduce((sum, r) => sum + num(r.demo), 0),
    points,
    noShowRate: share(noShow, arrived + noShow),
    halfHours: [...new Set(perSlot.map((r) => r.time))].sort(),
    heat: perSlot
      .map((r) => ({ pointId: r.point_id, time: r.time, count: num(r.n) }))
      .sort((a, b) => a.pointId.localeCompare(b.pointId) || a.time.localeCompare(b.time)),
  }
}
