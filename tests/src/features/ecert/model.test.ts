import type { Licence } from '../../../../src/services/contract'
import { groupLicences, validityText } from '../../../../src/features/ecert/model'

// Dates leave out the year only in the current year: pin “now” to 2026.
beforeAll(() => jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00+08:00') }))
afterAll(() => jest.useRealTimers())

const licence = (over: Partial<Licence>): Licence => ({
  id: 'l',
  kind: 'id_card',
  name: '居民身份证',
  holderKind: 'person',
  holder: '王**',
  numberMasked: '1502**********3156',
  issuer: '包头市公安局青山区分局',
  issuedOn: '2016-05-20',
  validUntil: '2036-05-20',
  expired: false,
  facts: [],
  ...over,
})

describe('the wallet in words', () => {
  test('validity says 长期, the last day, or that it has expired and what to do', () => {
    expect(validityText(licence({ validUntil: null }))).toBe('长期有效')
    expect(validityText(licence({}))).toBe('有效期至2036年5月20日 周二')
    expect(validityText(licence({ validUntil: '2025-11-30', expired: true }))).toBe(
      '已过期（有效期至2025年11月30日 周日），不能用于办事，请及时换证或办理延续',
    )
  })

  test('personal licences first, then one group per enterprise', () => {
    const firm = { holderKind: 'enterprise' as const, holder: '包头市青山区康宁食品有限公司' }
    const groups = groupLicences([
      licence({ id: 'a' }),
      licence({ id: 'b', kind: 'business_license', name: '营业执照', ...firm }),
      licence({ id: 'c', kind: 'food_permit', name: '食品经营许可证', ...firm }),
    ])
    expect(groups.map((g) => [g.title, g.items.map((l) => l.id)])).toEqual([
      ['个人证照', ['a']],
      ['企业证照 · 包头市青山区康宁食品有限公司', ['b', 'c']],
    ])
  })
})
