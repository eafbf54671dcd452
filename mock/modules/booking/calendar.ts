import {
  addDays,
  beijingDate,
  beijingInstant,
  beijingTime,
  holidayCalendarVersion,
  isMakeupWorkday,
  isPublicHoliday,
  weekdayOf,
  type OpeningDay,
} from '../../../src/services/contract'

export const SLOT_MINUTES = 30
export const BOOKING_DAYS = 14

export interface SlotTime {
  start: Date
  end: Date
  /** Local HH:MM */
  time: string
  /** `start` and `end` as ISO strings, made once with the slot: answers and lookups use them. */
  startIso: string
  endIso: string
}

/** What the holiday calendar says of a date. */
export interface DayKind {
  holiday: boolean
  makeup: boolean
}

/** The spans a point is open on a date of the given kind: none on holidays; make-up days use Monday's. */
export function spansFor(
  hours: readonly OpeningDay[],
  date: string,
  kind: DayKind,
): OpeningDay['spans'] {
  if (kind.holiday) return []
  const own = hours.find((h) => h.weekday === weekdayOf(date))?.spans ?? []
  if (own.length > 0 || !kind.makeup) return own
  return hours.find((h) => h.weekday === 1)?.spans ?? []
}

/** The spans a point is open on a date, by the calendar in force. */
export function spansOn(hours: readonly OpeningDay[], date: string): OpeningDay['spans'] {
  return spansFor(hours, date, { holiday: isPublicHoliday(date), makeup: isMakeupWorkday(date) })
}

const SLOT_MS = SLOT_MINUTES * 60_000

/**
 * Slot starts per opening hours and date (with what the calendar says of it). A point's hours are
 * one object while the catalog's version holds (mock/modules/points/repository.ts), so a booking
 * calendar's dates are worked out once, not on every look.
 */
const startsByHours = new WeakMap<readonly OpeningDay[], Map<string, readonly number[]>>()
const DATES_KEPT_PER_HOURS = 400

/** When each half-hour slot of the day starts (ms since the epoch): the cheap form of `slotsOn`. */
export function slotStartsOn(hours: readonly OpeningDay[], date: string): readonly number[] {
  const holiday = isPublicHoliday(date)
  const makeup = isMakeupWorkday(date)
  const key = `${date}${holiday ? 'h' : ''}${makeup ? 'm' : ''}`
  let known = startsByHours.get(hours)
  if (!known) {
    known = new Map()
    startsByHours.set(hours, known)
  }
  const cached = known.get(key)
  if (cached) return cached
  const starts: number[] = []
  for (const span of spansFor(hours, date, { holiday, makeup })) {
    const close = beijingInstant(date, span.close).getTime()
    for (let t = beijingInstant(date, span.open).getTime(); t + SLOT_MS <= close; t += SLOT_MS) {
      starts.push(t)
    }
  }
  if (known.size >= DATES_KEPT_PER_HOURS) known.clear()
  known.set(key, starts)
  return starts
}

// Keyed by the starts `slotStartsOn` keeps: the slots of a point's day are made once too.
const slotsByStarts = new WeakMap<readonly number[], readonly SlotTime[]>()

/** Half-hour slots that fit wholly inside the day's opening spans. Shared: never change them. */
export function slotsOn(hours: readonly OpeningDay[], date: string): readonly SlotTime[] {
  const starts = slotStartsOn(hours, date)
  const known = slotsByStarts.get(starts)
  if (known) return known
  const slots = starts.map((t) => {
    const start = new Date(t)
    const end = new Date(t + SLOT_MS)
    return {
      start,
      end,
      time: beijingTime(start),
      startIso: start.toISOString(),
      endIso: end.toISOString(),
    }
  })
  slotsByStarts.set(starts, slots)
  return slots
}

/** How many dates ahead the bookable dates are looked for. */
const DATES_LOOKED_AT = 60

interface LaterDates {
  today: string
  calendar: number
  dates: readonly string[]
}
// Per opening hours (one object per point while the catalog's version holds), for one day and the
// holiday calendar in force (synced from the database before every request): worked out once.
const laterByHours = new WeakMap<readonly OpeningDay[], LaterDates>()

/** The dates after today the point is open on (every slot of theirs lies ahead), up to `BOOKING_DAYS`. */
function openDatesAfter(hours: readonly OpeningDay[], today: string): readonly string[] {
  const calendar = holidayCalendarVersion()
  const known = laterByHours.get(hours)
  if (known && known.today === today && known.calendar === calendar) return known.dates
  const dates: string[] = []
  let date = addDays(today, 1)
  for (let i = 1; i < DATES_LOOKED_AT && dates.length < BOOKING_DAYS; i += 1) {
    if (slotStartsOn(hours, date).length > 0) dates.push(date)
    date = addDays(date, 1)
  }
  laterByHours.set(hours, { today, calendar, dates })
  return dates
}

/** The first and the last date `bookableDates` may give, at any point's hours. */
export function bookingWindow(now: Date): { first: string; last: string } {
  const today = beijingDate(now)
  return { first: today, last: addDays(today, DATES_LOOKED_AT - 1) }
}

/** The next `BOOKING_DAYS` dates the point is open with a slot still ahead, starting today. */
export function bookableDates(hours: readonly OpeningDay[], now: Date): string[] {
  const today = beijingDate(now)
  const nowMs = now.getTime()
  const later = openDatesAfter(hours, today)
  if (!slotStartsOn(hours, today).some((start) => start > nowMs)) return later.slice()
  return [today, ...later.slice(0, BOOKING_DAYS - 1)]
}
