import { parseDate } from '../../../src/services/contract'

const iso = (date: Date) => date.toISOString().slice(0, 10)

/**
 * 民法典第202条: a period in years ends on the corresponding day of the last year; without one
 * (29 February) on the last day of that month.
 */
export function addYears(start: string, years: number): string {
  const parsed = parseDate(start)
  if (!parsed) throw new Error(`not a date: ${start}`)
  const year = parsed.y + years
  const lastDay = new Date(Date.UTC(year, parsed.m, 0)).getUTCDate()
  return iso(new Date(Date.UTC(year, parsed.m - 1, Math.min(parsed.d, lastDay))))
}
