import { addDays, isWorkingDay } from '../../../src/services/contract'

const memo = new Map<string, number>()

/**
 * Working days in (from, to]: the 办理时长 of a case accepted on `from` and closed on `to`,
 * counted as its 承诺时限 is (from the day after 受理); 0 when closed on the day of 受理.
 */
export function workingDaysAfter(from: string, to: string): number {
  const key = `${from}/${to}`
  const known = memo.get(key)
  if (known !== undefined) return known
  let count = 0
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count++
  if (memo.size > 50_000) memo.clear()
  memo.set(key, count)
  return count
}
