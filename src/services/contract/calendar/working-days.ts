import * as z from 'zod/mini'
import { addDays, daysBetween, weekdayOf } from './days'
import holidays from './holidays.json'

const IsoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
const HolidayFile = z.object({
  source: z.string(),
  holidays: z.array(
    z.object({ name: z.string(), from: IsoDay, days: z.number().check(z.int(), z.positive()) }),
  ),
  makeupWorkdays: z.array(IsoDay),
})

/** One 法定节假日 as the State Council's notice gives it: a name and its first and last day. */
export interface HolidayRange {
  name: string
  from: string
  to: string
}
/** A year of the calendar: its holidays and the weekend days worked in exchange (调休). */
export interface HolidayYear {
  year: number
  holidays: HolidayRange[]
  makeupDays: string[]
}

const table = z.parse(HolidayFile, holidays)
const yearOf = (date: string) => Number(date.slice(0, 4))

/** The years of holidays.json (the State Council's notices): the calendar until the console edits a year. */
export const BUILT_IN_HOLIDAY_YEARS: readonly HolidayYear[] = [
  ...new Set([...table.holidays.map((h) => yearOf(h.from)), ...table.makeupWorkdays.map(yearOf)]),
]
  .sort((a, b) => a - b)
  .map((year) => ({
    year,
    holidays: table.holidays
      .filter((h) => yearOf(h.from) === year)
      .map((h) => ({ name: h.name, from: h.from, to: addDays(h.from, h.days - 1) })),
    makeupDays: table.makeupWorkdays.filter((d) => yearOf(d) === year),
  }))

const daysOf = (range: HolidayRange) =>
  Array.from({ length: daysBetween(range.from, range.to) + 1 }, (_, i) => addDays(range.from, i))

let publicHolidays: ReadonlySet<string> = new Set()
let makeupWorkdays: ReadonlySet<string> = new Set()
let calendarVersion = 0

/** Moves on every time the calendar in force is replaced: what was worked out from it is stale then. */
export const holidayCalendarVersion = (): number => calendarVersion

/**
 * Replaces the calendar every rule below reads. The server calls it with the years the console
 * saved over the built-in ones (mock/modules/calendar/sync.ts); the client keeps the built-in years.
 */
export function setHolidayYears(years: readonly HolidayYear[]): void {
  publicHolidays = new Set(years.flatMap((y) => y.holidays.flatMap(daysOf)))
  makeupWorkdays = new Set(years.flatMap((y) => y.makeupDays))
  calendarVersion += 1
}
setHolidayYears(BUILT_IN_HOLIDAY_YEARS)

/** A public holiday on the mainland (per the State Council's notices, as the district keeps them). */
export const isPublicHoliday = (date: string): boolean => publicHolidays.has(date)

/** A weekend day worked in exchange for a longer holiday (调休): offices keep their Monday hours. */
export const isMakeupWorkday = (date: string): boolean => makeupWorkdays.has(date)

/** Weekends and public holidays, except the weekend days worked in exchange (调休). */
export function isRestDay(date: string): boolean {
  if (isPublicHoliday(date)) return true
  if (isMakeupWorkday(date)) return false
  return weekdayOf(date) >= 6
}

export const isWorkingDay = (date: string): boolean => !isRestDay(date)

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: string): string {
  let day = date
  while (isRestDay(day)) day = addDays(day, 1)
  return day
}
