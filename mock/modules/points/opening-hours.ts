import type { OpeningDay } from '../../../src/services/contract'

type Span = { open: string; close: string }

function days(weekdays: number[], spans: Span[]): OpeningDay[] {
  return weekdays.map((weekday) => ({ weekday, spans }))
}

const MON_FRI = [1, 2, 3, 4, 5]
const SAT_SUN = [6, 7]
/** Government offices close for lunch; one span per half day. */
export const OFFICE = days(MON_FRI, [
  { open: '09:00', close: '12:00' },
  { open: '13:30', close: '17:30' },
])
export const MALL = [
  ...days(MON_FRI, [{ open: '10:00', close: '20:00' }]),
  ...days(SAT_SUN, [{ open: '10:00', close: '21:00' }]),
]
export const BANK = [
  ...days(MON_FRI, [{ open: '09:00', close: '17:00' }]),
  ...days(SAT_SUN, [{ open: '09:30', close: '16:00' }]),
]
