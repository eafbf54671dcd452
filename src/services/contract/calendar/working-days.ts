import * as z from 'zod/mini'
import { addDays, weekdayOf } from './days'
import holidays from './holidays.json'

const IsoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
const HolidayFile = z.object({
  source: z.string(),
  holidays: z.array(
    z.object({ name: z.string(), from: IsoDay, days: z.number().check(z.int(), z.positive()) }),
  ),
  makeupWorkdays: z.array(IsoDay),
})

const table = z.parse(HolidayFile, holidays)

/** Public holidays on the mainland, per the State Council's notices (holidays.json). */
export const PUBLIC_HOLIDAYS: ReadonlySet<string> = new Set(
  table.holidays.flatMap((h) => Array.from({ length: h.days }, (_, i) => addDays(h.from, i))),
)

/** Weekend days worked in exchange for a longer holiday (调休): offices keep their Monday hours. */
export const MAKEUP_WORKDAYS: ReadonlySet<string> = new Set(table.makeupWorkdays)

/** Weekends and public holidays, except the weekend days worked in exchange (调休). */
export function isRestDay(date: string): boolean {
  if (PUBLIC_HOLIDAYS.has(date)) return true
  if (MAKEUP_WORKDAYS.has(date)) return false
  return weekdayOf(date) >= 6
}

export const isWorkingDay = (date: string): boolean => !isRestDay(date)

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: string): string {
  let day = date
  while (isRestDay(day)) day = addDays(day, 1)
  return day
}
