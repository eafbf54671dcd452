import {
  addDays,
  beijingDate,
  beijingInstant,
  isWorkingDay,
  nextWorkingDay,
} from '../../../src/services/contract'

const nextDate = (date: string) => addDays(date, 1)

/**
 * The last date of a 承诺时限 of `days` working days counted from the day after 受理 (the usual
 * reading of 《行政许可法》 time limits), whatever day 受理 fell on; 0 = 即办, the day of 受理
 * itself — or the next working day when 受理 falls on a rest day.
 */
export function deadlineDate(acceptedAt: Date, days: number): string {
  let date = beijingDate(acceptedAt)
  if (days === 0) return nextWorkingDay(date)
  for (let left = days; left > 0;) {
    date = nextDate(date)
    if (isWorkingDay(date)) left -= 1
  }
  return date
}

/** Working days the applicant has to hand in the 补正 materials, from the day after the request. */
export const CORRECTION_DAYS = 5

/** The last day to hand in a 补正 asked for at `requestedAt`. */
export const correctionDeadline = (requestedAt: string) =>
  deadlineDate(new Date(requestedAt), CORRECTION_DAYS)

/** The instant a local date ends (midnight Asia/Shanghai). */
export function endOf(date: string): Date {
  return beijingInstant(nextDate(date))
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
  const today = beijingDate(now)
  if (today > deadline) {
    const past = workingDaysBetween(deadline, today)
    return past === 0 ? 0 : -past
  }
  return workingDaysBetween(today, deadline)
}

/** What a 承诺时限 means, in the words every label uses. */
export function promiseText(days: number): string {
  return days === 0 ? '承诺受理当日办结' : `承诺${days}个工作日内办结（受理次日起算）`
}
