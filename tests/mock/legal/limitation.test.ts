import { isRestDay, nextWorkingDay, parseDate } from '../../../src/services/contract'
import { addYears } from '../../../mock/modules/legal/dates'
import {
  CIVIL_THREE_YEARS,
  LABOR_ONE_YEAR,
  runningPeriod,
} from '../../../mock/modules/legal/limitation'

const at = (iso: string) => new Date(iso)

describe('period arithmetic (民法典第201–203条)', () => {
  test('a year ends on the corresponding day; 29 February falls back to the month end', () => {
    expect(addYears('2025-03-10', 1)).toBe('2026-03-10')
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28')
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29')
    expect(addYears('2023-12-31', 3)).toBe('2026-12-31')
  })

  test('rest days: weekends and holidays, but not 调休 working weekends', () => {
    expect(isRestDay('2026-03-01')).toBe(true) // Sunday
    expect(isRestDay('2026-10-05')).toBe(true) // 国庆
    expect(isRestDay('2026-10-10')).toBe(false) // a Saturday worked in exchange
    expect(isRestDay('2026-03-02')).toBe(false)
  })

  test('a deadline on a rest day moves to the first working day after it', () => {
    expect(nextWorkingDay('2026-03-01')).toBe('2026-03-02')
    expect(nextWorkingDay('2026-10-01')).toBe('2026-10-08')
    expect(nextWorkingDay('2026-02-14')).toBe('2026-02-14') // 调休 Saturday is a working day
    expect(nextWorkingDay('2026-02-15')).toBe('2026-02-24') // 春节
  })

  test('parseDate rejects impossible dates', () => {
    expect(parseDate('2025-02-29')).toBeNull()
    expect(parseDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 })
    expect(parseDate('2025-13-01')).toBeNull()
    expect(parseDate('20250101')).toBeNull()
  })
})

describe('runningPeriod', () => {
  test('labour arbitration: one year, counted to the day, in Shanghai time', () => {
    // 2026-03-02 is a Monday: the deadline stays.
    const result = runningPeriod(LABOR_ONE_YEAR, '2025-03-02', at('2026-03-01T16:30:00Z'))
    expect(result).toMatchObject({
      kind: 'deadline',
      startDate: '2025-03-02',
      deadline: '2026-03-02',
      daysLeft: 0, // 00:30 on 2 March in 包头: the last day itself
      expired: false,
    })
  })

  test('the day after the deadline it has expired', () => {
    const result = runningPeriod(LABOR_ONE_YEAR, '2025-03-02', at('2026-03-02T16:00:00Z'))
    expect(result.expired).toBe(true)
    expect(result.daysLeft).toBe(0)
  })

  test('a deadline on a Sunday is extended to Monday, and the days left count to it', () => {
    const result = runningPeriod(LABOR_ONE_YEAR, '2025-03-01', at('2026-02-27T04:00:00Z'))
    expect(result.deadline).toBe('2026-03-02')
    expect(result.daysLeft).toBe(3)
  })

  test('civil claims: three years', () => {
    const result = runningPeriod(CIVIL_THREE_YEARS, '2024-02-29', at('2026-01-05T04:00:00Z'))
    expect(result.deadline).toBe('2027-03-01') // 2027-02-28 is a Sunday
    expect(result.basis).toContain('第一百八十八条')
  })
})
