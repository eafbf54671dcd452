import { localDate, weekdayOf } from '../booking/calendar'
import { MAKEUP_WORKDAYS, PUBLIC_HOLIDAYS } from '../booking/holidays'

const DAY_MS = 86_400_000

export function isWorkingDay(date: string): boolean {
  if (PUBLIC_HOLIDAYS.has(date)) return false
  return weekdayOf(date) <= 5 || MAKEUP_WORKDAYS.has(date)
}

export function nextDate(date: string, days = 1): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS)
    .toISOString()
    .slice(0, 10)
}

/**
 * The last date of a 承诺时限 of `days` working days counted from the day after 受理 (the usual
 * reading of 《行政许可法》 time limits); 0 = 即办, the day of 受理 itself — or the next working day
 * when 受理 falls on a rest day.
 */
export function deadlineDate(acceptedAt: Date, days: number): string {
  let date = localDate(acceptedAt)
  while (!isWorkingDay(date)) date = nextDate(date)
  for (let left = days; left > 0;) {
    date = nextDate(date)
    if (isWorkingDay(date)) left -= 1
  }
  return date
}

/** The instant a local date ends (midnight Asia/Shanghai). */
export function endOf(date: string): Date {
  return new Date(`${nextDate(date)}T00:00:00+08:00`)
}

/** Working days in (from, to], walking forward; 0 when `to` is not after `from`. */
function workingDaysBetween(from: string, to: string): number {
  let count = 0
  for (let d = nextDate(from); d <= to; d = nextDate(d)) if (isWorkingDay(d)) count += 1
  return count
}

/**
 * Working days left up to and including the deadline date, today counted when it is a working
 * day; negative = working days gone past it.
 */
export function workingDaysLeft(deadline: string, now: Date): number {
  const today = localDate(now)
  if (today > deadline) {
    const past = workingDaysBetween(deadline, today)
    return past === 0 ? 0 : -past
  }
  return workingDaysBetween(today, deadline) + (isWorkingDay(today) ? 1 : 0)
}
