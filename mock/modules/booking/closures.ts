import { minutesOf, type HolidayYear, type OpeningDay } from '../../../src/services/contract'
import { appointmentClosedMessage } from '../messages/builders'
import { deliver } from '../messages/notify'
import type { Repos } from '../repositories'
import { SLOT_MINUTES, type DayKind } from './calendar'
import type { AppointmentRow } from './repository'

type Spans = OpeningDay['spans']

/** The booked half hour lies wholly inside one of the day's opening spans. */
export function slotInside(spans: Spans, time: string): boolean {
  const start = minutesOf(time)
  return spans.some(
    (span) => minutesOf(span.open) <= start && start + SLOT_MINUTES <= minutesOf(span.close),
  )
}

const holidayOn = (year: HolidayYear, date: string) =>
  year.holidays.find((range) => range.from <= date && date <= range.to)

/** What a saved year of the holiday calendar makes of one of its dates. */
export function kindIn(year: HolidayYear, date: string): DayKind {
  return { holiday: holidayOn(year, date) !== undefined, makeup: year.makeupDays.includes(date) }
}

/** “因国庆节放假调整” on a new holiday, else the 调休 arrangement changed. */
export function calendarReason(year: HolidayYear, date: string): string {
  const holiday = holidayOn(year, date)
  return holiday ? `因${holiday.name}放假调整` : '因调休安排调整'
}

export interface Closure {
  /** Only this point's bookings (an hours change); all points when absent. */
  pointId?: string
  firstDay?: string
  lastDay?: string
  /** Why, as the resident reads it: “因…调整”. */
  reason: (row: AppointmentRow) => string
  /** The spans the booking's point is open on its day once the change is saved. */
  spansAfter: (row: AppointmentRow) => Promise<Spans>
}

/**
 * Marks every live booking ahead whose time the change closed 需改约 and tells its owner, inside
 * the save's transaction. The mark is a conditional UPDATE and the message is keyed by the
 * booking, so saving again (or two saves at once) marks and tells each owner once.
 * Returns how many bookings this save marked.
 */
export async function closeBookings(repos: Repos, closure: Closure, now: Date): Promise<number> {
  const at = now.toISOString()
  const ahead = await repos.appointments.openAhead(at, closure)
  let marked = 0
  for (const row of ahead) {
    if (slotInside(await closure.spansAfter(row), row.time)) continue
    const reason = closure.reason(row)
    if (!(await repos.appointments.markClosed(row.id, reason, at))) continue
    const [item] = await repos.catalog.summaries([row.item_id])
    const closed = { ...row, closed_reason: reason }
    await deliver(repos.messages, appointmentClosedMessage(closed, item?.name ?? '预约事项'), now)
    marked += 1
  }
  return marked
}

/** “；3个预约的时段不再办公，已标为需改约并通知预约人” for the audit line. */
export const closedNote = (n: number) =>
  n > 0 ? `；${n}个预约的时段不再办公，已标为需改约并通知预约人` : ''

/** The opening hours of each point, read once per save. */
export function hoursOfPoints(repos: Repos) {
  const known = new Map<string, readonly OpeningDay[]>()
  return async (pointId: string): Promise<readonly OpeningDay[]> => {
    const cached = known.get(pointId)
    if (cached) return cached
    const hours = (await repos.servicePoints.findById(pointId))?.hours ?? []
    known.set(pointId, hours)
    return hours
  }
}
