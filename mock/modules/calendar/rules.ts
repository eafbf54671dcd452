import {
  daysBetween,
  weekdayOf,
  type HolidayRange,
  type HolidayYear,
} from '../../../src/services/contract'

/** A 法定节假日 with its 调休 runs at most this long (春节 is 8–9 days). */
const LONGEST_HOLIDAY_DAYS = 15

const inYear = (year: number, date: string) => date.startsWith(`${year}-`)

/** What is wrong with a year of the calendar, in words an administrator can act on; empty when fine. */
export function problemsOfYear(year: HolidayYear): string[] {
  const problems: string[] = []
  const sorted = [...year.holidays].sort((a, b) => a.from.localeCompare(b.from))
  for (const h of sorted) {
    if (!inYear(year.year, h.from) || !inYear(year.year, h.to))
      problems.push(`“${h.name}”的日期不在${year.year}年内`)
    else if (h.to < h.from) problems.push(`“${h.name}”的结束日期早于开始日期`)
    else if (daysBetween(h.from, h.to) + 1 > LONGEST_HOLIDAY_DAYS)
      problems.push(`“${h.name}”超过${LONGEST_HOLIDAY_DAYS}天，请核对日期`)
  }
  sorted.forEach((h, i) => {
    const next = sorted[i + 1]
    if (next && next.from <= h.to) problems.push(`“${h.name}”与“${next.name}”的日期重叠`)
  })
  const seen = new Set<string>()
  for (const day of year.makeupDays) {
    if (seen.has(day)) problems.push(`调休上班日 ${day} 重复填写`)
    seen.add(day)
    if (!inYear(year.year, day)) problems.push(`调休上班日 ${day} 不在${year.year}年内`)
    else if (weekdayOf(day) < 6) problems.push(`调休上班日 ${day} 不是周六或周日`)
    const within = sorted.find((h) => h.from <= day && day <= h.to)
    if (within) problems.push(`调休上班日 ${day} 落在“${within.name}”假期内`)
  }
  return problems
}

/** The calendar in force: each year the console saved replaces the built-in one of that year. */
export function yearsInForce(
  builtIn: readonly HolidayYear[],
  saved: readonly HolidayYear[],
): HolidayYear[] {
  const byYear = new Map<number, HolidayYear>(builtIn.map((y) => [y.year, y]))
  for (const year of saved) byYear.set(year.year, year)
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}

export const sortedHolidays = (holidays: readonly HolidayRange[]) =>
  [...holidays].sort((a, b) => a.from.localeCompare(b.from))
