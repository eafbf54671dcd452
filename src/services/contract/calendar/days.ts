/**
 * Calendar dates (`YYYY-MM-DD`, Beijing-local) and the instants they stand for. 包头 is UTC+8 all
 * year, so a fixed offset is exact; the server may run in any zone.
 */
export const DAY_MS = 86_400_000
const OFFSET_MS = 8 * 3_600_000
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const utcMidnight = (date: string) => new Date(`${date}T00:00:00Z`)
const isoDate = (at: Date) => at.toISOString().slice(0, 10)

/** The Beijing calendar date of an instant. */
export function beijingDate(at: Date): string {
  return isoDate(new Date(at.getTime() + OFFSET_MS))
}

/** The Beijing clock time of an instant, `HH:MM`. */
export function beijingTime(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(11, 16)
}

/** The instant of a Beijing date and clock time (`HH:MM`, default midnight). */
export function beijingInstant(date: string, hhmm = '00:00'): Date {
  return new Date(`${date}T${hhmm}:00+08:00`)
}

/** 1 = 周一 … 7 = 周日 */
export function weekdayOf(date: string): number {
  const day = utcMidnight(date).getUTCDay()
  return day === 0 ? 7 : day
}

export function addDays(date: string, days: number): string {
  return isoDate(new Date(utcMidnight(date).getTime() + days * DAY_MS))
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / DAY_MS)
}

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
