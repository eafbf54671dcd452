import { formatDay, isWorkingDay } from '../../../src/services/contract'
import {
  deadlineDate,
  promiseText,
  endOf,
  workingDaysLeft,
} from '../../../mock/modules/cases/working-days'

const at = (local: string) => new Date(`${local}+08:00`)

describe('承诺时限 in working days', () => {
  test('counts from the day after 受理, skipping weekends', () => {
    expect(deadlineDate(at('2026-03-02T09:00:00'), 1)).toBe('2026-03-03')
    expect(deadlineDate(at('2026-03-06T16:00:00'), 1)).toBe('2026-03-09') // Friday → Monday
    expect(deadlineDate(at('2026-03-02T09:00:00'), 5)).toBe('2026-03-09')
  })

  test('即办 ends the same working day, or the next one when 受理 falls on a rest day', () => {
    expect(deadlineDate(at('2026-03-04T10:00:00'), 0)).toBe('2026-03-04')
    expect(deadlineDate(at('2026-03-07T10:00:00'), 0)).toBe('2026-03-09')
  })

  test('skips the 2026 National Day holiday and works the make-up Saturday', () => {
    expect(isWorkingDay('2026-10-01')).toBe(false)
    expect(deadlineDate(at('2026-09-30T10:00:00'), 1)).toBe('2026-10-08')
    expect(deadlineDate(at('2026-10-09T10:00:00'), 1)).toBe('2026-10-10')
  })

  test('days left do not count today, as the promise does not count the day of 受理', () => {
    // 受理 on Monday with 承诺1个工作日: the deadline is Tuesday and 1 working day is left, not 2.
    const accepted = at('2026-03-02T10:00:00')
    expect(workingDaysLeft(deadlineDate(accepted, 1), accepted)).toBe(1)
    expect(workingDaysLeft(deadlineDate(accepted, 5), accepted)).toBe(5)
    expect(workingDaysLeft(deadlineDate(accepted, 0), accepted)).toBe(0)
    // Friday 受理: the weekend is not counted either.
    const friday = at('2026-03-06T16:00:00')
    expect(workingDaysLeft(deadlineDate(friday, 1), friday)).toBe(1)
    expect(workingDaysLeft(deadlineDate(friday, 1), at('2026-03-07T10:00:00'))).toBe(1)
    expect(workingDaysLeft('2026-03-03', at('2026-03-03T23:00:00'))).toBe(0)
    // 受理 on a Saturday: Monday is the first working day counted, so 1 is left, not 2.
    const saturday = at('2026-03-07T10:00:00')
    expect(deadlineDate(saturday, 1)).toBe('2026-03-09')
    expect(workingDaysLeft(deadlineDate(saturday, 1), saturday)).toBe(1)
    expect(workingDaysLeft('2026-03-06', at('2026-03-07T10:00:00'))).toBe(0)
    expect(workingDaysLeft('2026-03-06', at('2026-03-10T10:00:00'))).toBe(-2)
    expect(endOf('2026-03-03').toISOString()).toBe('2026-03-03T16:00:00.000Z')
  })

  test("labels say the rule and the day in the app's one date style", () => {
    expect(promiseText(1)).toBe('承诺1个工作日内办结（受理次日起算）')
    expect(promiseText(0)).toBe('承诺受理当日办结')
    expect(formatDay('2026-03-03', at('2026-03-02T10:00:00'))).toBe('3月3日 周二')
    expect(formatDay('2027-01-04', at('2026-12-31T10:00:00'))).toBe('2027年1月4日 周一')
  })
})
