import { isOverdue, periodLabel, yuan } from '../../../../src/features/life/model'
import { checkAccountNumber, luhnCheckDigit } from '../../../../src/services/contract'

test('amounts are shown in yuan with two decimals', () => {
  expect(yuan(198950)).toBe('¥1989.50')
  expect(yuan(5)).toBe('¥0.05')
})

test('a month and a heating season read as people say them', () => {
  expect(periodLabel('2026-01')).toBe('2026年1月')
  expect(periodLabel('2025-2026')).toBe('2025—2026 采暖季')
})

test('a bill is overdue only after its due date', () => {
  expect(isOverdue('2026-03-25', '2026-03-25')).toBe(false)
  expect(isOverdue('2026-03-25', '2026-03-26')).toBe(true)
})

test('account numbers: digits only, the length of the kind, a Luhn check digit', () => {
  const water = '150204001' + luhnCheckDigit('150204001')
  expect(checkAccountNumber('water', water)).toEqual({ ok: true })
  expect(checkAccountNumber('gas', water)).toEqual({
    ok: false,
    reason: '户号应为8位数字，您填了10位',
  })
  const typo = water.slice(0, 4) + ((Number(water[4]) + 1) % 10) + water.slice(5)
  expect(checkAccountNumber('water', typo)).toMatchObject({ ok: false })
  expect(checkAccountNumber('water', '15020400１1')).toMatchObject({ ok: false })
})
