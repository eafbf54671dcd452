// The 电子监察 day axis is counted on, not parsed per day: it must name the same days as the
// calendar's addDays, across month ends, a leap February and a year end.
import { addDays, daysBetween } from '../../../src/services/contract'
import { daysOf, windowOf } from '../../../mock/modules/supervision/range'

test.each([
  ['2027-06-01', '2028-05-31'],
  ['2028-12-15', '2029-01-15'],
  ['2026-12-05', '2026-12-05'],
])('daysOf(%s … %s) lists every day once, as addDays steps', (from, to) => {
  const days = daysOf(windowOf({ from, to }))
  expect(days).toHaveLength(daysBetween(from, to) + 1)
  days.forEach((day, i) => expect(day).toBe(addDays(from, i)))
})
