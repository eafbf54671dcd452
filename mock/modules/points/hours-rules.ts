import { minutesOf, WEEKDAY_NAMES, type OpeningDay } from '../../../src/services/contract'

/** 包头市 (九原、青山、昆都仑 … 达茂旗) lies inside this box; a point outside it is a typo. */
export const BAOTOU_BOUNDS = { south: 40.2, north: 42.8, west: 109.2, east: 111.5 } as const

export function insideBaotou(latitude: number, longitude: number): boolean {
  const b = BAOTOU_BOUNDS
  return latitude >= b.south && latitude <= b.north && longitude >= b.west && longitude <= b.east
}

/** What is wrong with a week of opening hours, in words an administrator can act on. */
export function problemsOfHours(hours: readonly OpeningDay[]): string[] {
  const problems: string[] = []
  const seen = new Set<number>()
  for (const day of hours) {
    const name = WEEKDAY_NAMES[day.weekday] ?? `星期${day.weekday}`
    if (seen.has(day.weekday)) problems.push(`${name}填写了两次`)
    seen.add(day.weekday)
    const spans = [...day.spans].sort((a, b) => minutesOf(a.open) - minutesOf(b.open))
    spans.forEach((span, i) => {
      if (minutesOf(span.close) <= minutesOf(span.open))
        problems.push(`${name} ${span.open}–${span.close}：关门时间应晚于开门时间`)
      const next = spans[i + 1]
      if (next && minutesOf(next.open) < minutesOf(span.close))
        problems.push(`${name} ${span.open}–${span.close} 与 ${next.open}–${next.close} 时段重叠`)
    })
  }
  return problems
}

/** The week as residents read it: by weekday, each day's spans in order, closed days left out. */
export function normalisedHours(hours: readonly OpeningDay[]): OpeningDay[] {
  return [...hours]
    .filter((day) => day.spans.length > 0)
    .sort((a, b) => a.weekday - b.weekday)
    .map((day) => ({
      weekday: day.weekday,
      spans: [...day.spans].sort((a, b) => minutesOf(a.open) - minutesOf(b.open)),
    }))
}
