import { MAKEUP_WORKDAYS, PUBLIC_HOLIDAYS } from '../booking/holidays'

const DAY_MS = 86_400_000
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date written YYYY-MM-DD, or null. */
export function parseDate(text: string): { y: number; m: number; d: number } | null {
  const found = DATE.exec(text)
  if (!found) return null
  const [y, m, d] = [Number(found[1]), Number(found[2]), Number(found[3])]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null
  return { y, m, d }
}

const iso = (date: Date) => date.toISOString().slice(0, 10)
const utc = (text: string) => new Date(`${text}T00:00:00Z`)

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

/** Weekends and public holidays, except the weekend days worked in exchange (调休). */
export function isRestDay(date: string): boolean {
  if (PUBLIC_HOLIDAYS.has(date)) return true
  if (MAKEUP_WORKDAYS.has(date)) return false
  const weekday = utc(date).getUTCDay()
  return weekday === 0 || weekday === 6
}

/** 民法典第203条: a period whose last day is a rest day ends on the day after the rest ends. */
export function nextWorkingDay(date: string): string {
  let day = date
  while (isRestDay(day)) day = iso(new Date(utc(day).getTime() + DAY_MS))
  return day
}

export const addDays = (date: string, days: number): string =>
  iso(new Date(utc(date).getTime() + days * DAY_MS))

export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / DAY_MS)
}

/** The Asia/Shanghai calendar date of an instant (the server may run in any zone). */
export function shanghaiDate(now: Date): string {
  return iso(new Date(now.getTime() + 8 * 3_600_000))
}
