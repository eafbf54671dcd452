import { beijingDay, beijingMinute, verifiedText } from '../../../../src/features/account/model'

test('times on the wire are UTC; the 实名 card and 经办人 trail show Beijing dates and times', () => {
  expect(beijingDay('2026-12-04T17:30:00.000Z')).toBe('2026-12-05')
  expect(beijingMinute('2026-12-04T17:30:00.000Z')).toBe('2026-12-05 01:30')
  const text = verifiedText({
    nameMasked: '张*',
    idNumberMasked: '1502**********1236',
    method: 'sms',
    verifiedAt: '2026-12-04T16:05:00.000Z',
  })
  expect(text).toContain('2026-12-05')
})
