import {
  addDays,
  beijingInstant,
  daysBetween,
  parseDate,
  type SupervisionRange,
} from '../../../src/services/contract'
import { ApiError } from '../../http/errors'

/** A year and a day: a whole year whichever day it starts on, and no more per request. */
export const MAX_RANGE_DAYS = 366

export interface Window {
  from: string
  to: string
  /** ISO instants: Beijing midnight of `from` (included) to the midnight after `to` (excluded). */
  fromIso: string
  toIso: string
}

const badRange = (message: string) => new ApiError(400, 'SUPERVISION_RANGE', message)

/** The range as Beijing days and instants, or a 400 that says how to fix it. */
export function windowOf(range: SupervisionRange): Window {
  if (parseDate(range.from) === null) throw badRange('开始日期不是有效日期，请重新选择')
  if (parseDate(range.to) === null) throw badRange('结束日期不是有效日期，请重新选择')
  const days = daysBetween(range.from, range.to) + 1
  if (days < 1) throw badRange('结束日期早于开始日期，请重新选择日期范围')
  if (days > MAX_RANGE_DAYS) throw badRange('日期范围最长一年（366天），请缩短后再查')
  return {
    from: range.from,
    to: range.to,
    fromIso: beijingInstant(range.from).toISOString(),
    toIso: beijingInstant(addDays(range.to, 1)).toISOString(),
  }
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n))

/** Every day of the window, in order (counted on, not parsed and formatted again per day). */
export function daysOf(window: Window): string[] {
  const days: string[] = []
  let [y, m, d] = window.from.split('-').map(Number) as [number, number, number]
  for (let day = window.from; day <= window.to;) {
    days.push(day)
    d += 1
    if (d > 28 && d > new Date(Date.UTC(y, m, 0)).getUTCDate()) {
      d = 1
      m += 1
      if (m > 12) {
        m = 1
        y += 1
      }
    }
    day = `${y}-${pad(m)}-${pad(d)}`
  }
  return days
}
