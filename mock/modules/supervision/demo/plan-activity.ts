import type { Insertable } from 'kysely'
import { beijingInstant, isWorkingDay, weekdayOf } from '../../../../src/services/contract'
import type { Appointments, QrScans } from '../../../db/schema'
import { demoId, demoUserId } from './ids'
import type { DemoPoint, DemoSource, DemoZone } from './reference'
import type { Rng } from './rng'
import { timeOn } from './times'

const HALF_HOUR = 30 * 60_000
/** Bookings a working day, by the kind of point. */
const DAILY: Record<string, [number, number]> = { center: [28, 44], street: [7, 14] }
const OTHER_DAILY: [number, number] = [3, 8]

function halfHoursOf(point: DemoPoint, day: string): string[] {
  const opening = point.hours.find((h) => h.weekday === weekdayOf(day))
  if (!opening || !isWorkingDay(day)) return []
  return opening.spans.flatMap((span) => {
    const slots: string[] = []
    const [oh = 0, om = 0] = span.open.split(':').map(Number)
    const [ch = 0, cm = 0] = span.close.split(':').map(Number)
    for (let m = oh * 60 + om; m + 30 <= ch * 60 + cm; m += 30) {
      slots.push(
        `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
      )
    }
    return slots
  })
}

/** People come early: the first hour of each half-day fills most. */
const slotWeight = (time: string) =>
  time < '10:30' ? 4 : time < '12:00' ? 2 : time < '15:00' ? 3 : 1

/**
 * Bookings of past days at each point's half-hours: about 7% cancelled, 11% 爽约 (no check-in),
 * the rest checked in at the window with the day's queue numbers.
 */
export function planBookings(
  rng: Rng,
  points: DemoPoint[],
  sources: DemoSource[],
  days: string[],
  now: Date,
): Insertable<Appointments>[] {
  const rows: Insertable<Appointments>[] = []
  const items = sources.filter((s) => s.kind === 'item')
  for (const [dayIndex, day] of days.entries()) {
    let seq = 0
    for (const point of points) {
      const slots = halfHoursOf(point, day)
      if (slots.length === 0) continue
      const [min, max] = DAILY[point.kind] ?? OTHER_DAILY
      const picked = Array.from({ length: rng.int(min, max) }, () =>
        rng.pick(slots, slotWeight),
      ).sort()
      let queue = 0
      for (const time of picked) {
        seq += 1
        const start = beijingInstant(day, time)
        if (start.getTime() + HALF_HOUR > now.getTime()) continue
        const n = rows.length + 1
        const r = rng.next()
        const status = r < 0.07 ? 'cancelled' : r < 0.18 ? 'booked' : 'arrived'
        if (status === 'arrived') queue += 1
        const created = new Date(start.getTime() - rng.int(1, 6) * 86_400_000)
        rows.push({
          id: demoId('booking', n),
          code: `DEMO${String(n).padStart(8, '0')}`,
          user_id: demoUserId(dayIndex * 97 + seq),
          item_id: rng.pick(items, (s) => s.weight).id,
          point_id: point.id,
          day,
          time,
          slot_start: start.toISOString(),
          slot_end: new Date(start.getTime() + HALF_HOUR).toISOString(),
          name: '演示',
          phone: '13800000000',
          status,
          queue_number: status === 'arrived' ? queue : null,
          created_at: created.toISOString(),
          cancelled_at:
            status === 'cancelled' ? new Date(start.getTime() - 3_600_000).toISOString() : null,
          arrived_at:
            status === 'arrived'
              ? new Date(start.getTime() - rng.int(0, 15) * 60_000).toISOString()
              : null,
          reminder: 'none',
        })
      }
    }
  }
  return rows
}

const ZONE_WEIGHT: Record<string, number> = {
  enterprise: 40,
  bank: 20,
  'mall-wanda': 16,
  'mall-zhengxiang': 14,
}

/** 一码通 scans every day, most at the 企业智惠服务专区; a few refused codes (非本平台). */
export function planScans(
  rng: Rng,
  zones: DemoZone[],
  days: string[],
  now: Date,
): Insertable<QrScans>[] {
  const rows: Insertable<QrScans>[] = []
  const live = zones.filter((z) => z.codes.length > 0)
  if (live.length === 0) return rows
  for (const [dayIndex, day] of days.entries()) {
    const count = isWorkingDay(day) ? rng.int(40, 90) : rng.int(20, 60)
    for (let k = 0; k < count; k++) {
      const at = timeOn(rng, day, '08:00', '21:00')
      if (at >= now) continue
      const n = rows.length + 1
      const refused = rng.next() < 0.04
      const zone = rng.pick(live, (z) => (z.id === null ? 6 : (ZONE_WEIGHT[z.id] ?? 8)))
      const code = rng.pick(zone.codes)
      rows.push({
        id: demoId('scan', n),
        user_id: demoUserId(dayIndex * 131 + k),
        official: refused ? 0 : 1,
        title: refused ? '非本平台二维码' : code.title,
        at: at.toISOString(),
        code_id: refused ? null : code.id,
        zone_id: refused ? null : zone.id,
      })
    }
  }
  return rows
}
