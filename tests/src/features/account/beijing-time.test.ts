import { beijingDay, beijingMinute, verifiedText } from '../../../../src/features/account/model'

// Dates leave out the year only in the current year: pin “now” to 2026.
beforeAll(() => jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00+08:00') }))
afterAll(() => jest.useRealTimers())

test('times on the wire are UTC; the 实名 card and 经办人 trail show Beijing dates and times', () => {
  expect(beijingDay('2026-12-04T17:30:00.000Z')).toBe('12月5日 周六')
  expect(beijingMinute('2026-12-04T17:30:00.000Z')).toBe('12月5日 周六 01:30')
  const text = verifiedText({
    nameMasked: '张*',
    idNumberMasked: '1502**********1236',
    method: 'sms',
    verifiedAt: '2026-12-04T16:05:00.000Z',
  })
  expect(text).toContain('12月5日 周六')
})
