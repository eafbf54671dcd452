import type { OpeningDay } from '../../../src/services/contract'
import { MAKEUP_WORKDAYS, PUBLIC_HOLIDAYS } from './holidays'

/** Every point is in 包头 (UTC+8, no daylight saving): local time is a fixed offset. */
const OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000
export const SLOT_MINUTES = 30
export const BOOKING_DAYS = 14

export interface SlotTime {
  start: Date
  end: Date
  /** Local HH:MM */
  time: string
}

export function localDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10)
}

export function localTime(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(11, 16)
}

/** 1 = 周一 … 7 = 周日 */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay()
  return day === 0 ? 7 : day
}

function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS)
    .toISOString()
    .slice(0, 10)
}

function instant(date: string, hhmm: string): Date {
  return new Date(`${date}T${hhmm}:00+08:00`)
}

/** The spans a point is open on a date: none on public holidays; make-up days use Monday's. */
export function spansOn(hours: readonly OpeningDay[], date: string): OpeningDay['spans'] {
  if (PUBLIC_HOLIDAYS.has(date)) return []
  const own = hours.find((h) => h.weekday === weekdayOf(date))?.spans ?? []
  if (own.length > 0 || !MAKEUP_WORKDAYS.has(date)) return own
  return hours.find((h) => h.weekday === 1)?.spans ?? []
}

/** Half-hour slots that fit wholly inside the day's opening spans. */
export function slotsOn(hours: readonly OpeningDay[], date: string): SlotTime[] {
  const slots: SlotTime[] = []
  for (const span of spansOn(hours, date)) {
    const close = instant(date, span.close).getTime()
    for (let t = instant(date, span.open).getTime(); t + SLOT_MINUTES * 60_000 <= close;) {
      const start = new Date(t)
      t += SLOT_MINUTES * 60_000
      slots.push({ start, end: new Date(t), time: localTime(start) })
    }
  }
  return slots
}

/** The next `BOOKING_DAYS` dates the point is open with a slot still ahead, starting today. */
export function bookableDates(hours: readonly OpeningDay[], now: Date): string[] {
  const dates: string[] = []
  let date = localDate(now)
  for (let i = 0; i < 60 && dates.length < BOOKING_DAYS; i += 1, date = addDays(date, 1)) {
    if (slotsOn(hours, date).some((s) => s.start > now)) dates.push(date)
  }
  return dates
}
