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
 * reading of 《行政许可法》 time limits), whatever day 受理 fell on; 0 = 即办, the day of 受理
 * itself — or the next working day when 受理 falls on a rest day.
 */
export function deadlineDate(acceptedAt: Date, days: number): string {
  let date = localDate(acceptedAt)
  if (days === 0) {
    while (!isWorkingDay(date)) date = nextDate(date)
    return date
  }
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
 * Working days after today up to and including the deadline date: today is not counted, as the
 * day of 受理 is not counted in `deadlineDate`, so on the day of 受理 a 1-working-day promise
 * has 1 left and the deadline day itself has 0. Negative = working days gone past it.
 */
export function workingDaysLeft(deadline: string, now: Date): number {
  const today = localDate(now)
  if (today > deadline) {
    const past = workingDaysBetween(deadline, today)
    return past === 0 ? 0 : -past
  }
  return workingDaysBetween(today, deadline)
}

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** “3月3日 周二” (the app's one date style), the year added when it differs from `now`'s. */
export function dayText(date: string, now: Date): string {
  const [year, month, day] = date.split('-').map(Number)
  const yearText = String(year) === localDate(now).slice(0, 4) ? '' : `${year}年`
  return `${yearText}${month}月${day}日 ${WEEKDAYS[weekdayOf(date)]}`
}

/** What a 承诺时限 means, in the words every label uses. */
export function promiseText(days: number): string {
  return days === 0 ? '承诺受理当日办结' : `承诺${days}个工作日内办结（受理次日起算）`
}
