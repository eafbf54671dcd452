import {
  deadlineDate,
  endOf,
  isWorkingDay,
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

  test('days left include today; past the end they count down below zero', () => {
    expect(workingDaysLeft('2026-03-03', at('2026-03-02T10:00:00'))).toBe(2)
    expect(workingDaysLeft('2026-03-03', at('2026-03-03T23:00:00'))).toBe(1)
    expect(workingDaysLeft('2026-03-06', at('2026-03-07T10:00:00'))).toBe(0)
    expect(workingDaysLeft('2026-03-06', at('2026-03-10T10:00:00'))).toBe(-2)
    expect(endOf('2026-03-03').toISOString()).toBe('2026-03-03T16:00:00.000Z')
  })
})
