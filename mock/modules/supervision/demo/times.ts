import { addDays, beijingInstant, isWorkingDay } from '../../../../src/services/contract'
import type { Rng } from './rng'

/** An instant on a Beijing day at a random minute between two clock times (HH:MM). */
export function timeOn(rng: Rng, day: string, from: string, to: string): Date {
  const [fh = 0, fm = 0] = from.split(':').map(Number)
  const [th = 0, tm = 0] = to.split(':').map(Number)
  const minute = rng.int(fh * 60 + fm, th * 60 + tm)
  const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
  return new Date(beijingInstant(day, hhmm).getTime() + rng.int(0, 59) * 1000)
}

/** The working day `n` working days after `day` (0 = the day itself when it is one). */
export function workingDaysOn(day: string, n: number): string {
  let date = day
  while (!isWorkingDay(date)) date = addDays(date, 1)
  for (let left = n; left > 0;) {
    date = addDays(date, 1)
    if (isWorkingDay(date)) left -= 1
  }
  return date
}
