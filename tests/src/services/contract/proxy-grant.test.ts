import {
  checkScope,
  grantEnd,
  grantStatus,
  maskPersonName,
  spacedDigits,
} from '../../../../src/services/contract'

const created = new Date('2026-03-02T09:00:00+08:00')
const grant = {
  revokedAt: null,
  claimedAt: '2026-03-02T01:05:00.000Z',
  validUntil: grantEnd(created, 7).toISOString(),
  granteeId: 'grandson',
  itemIds: ['a', 'b'],
}

describe('grant status by the clock', () => {
  test('7 天 ends at the same clock time a week later', () => {
    expect(grant.validUntil).toBe('2026-03-09T01:00:00.000Z')
  })
  test('pending until claimed, active until the end, then expired', () => {
    expect(grantStatus({ ...grant, claimedAt: null }, created)).toBe('pending')
    expect(grantStatus(grant, new Date('2026-03-09T08:59:59+08:00'))).toBe('active')
    expect(grantStatus(grant, new Date('2026-03-09T09:00:00+08:00'))).toBe('expired')
  })
  test('revoked wins over everything', () => {
    expect(grantStatus({ ...grant, revokedAt: '2026-03-03T00:00:00Z' }, created)).toBe('revoked')
  })
})

describe('scope check', () => {
  const now = new Date('2026-03-03T10:00:00+08:00')
  test('the grantee may act for items in scope', () => {
    expect(checkScope(grant, 'grandson', ['a'], now)).toEqual({ ok: true })
    expect(checkScope(grant, 'grandson', ['a', 'b'], now)).toEqual({ ok: true })
  })
  test.each([
    ['someone else', { ...grant }, 'stranger', ['a'], 'not_grantee'],
    ['an item outside', grant, 'grandson', ['a', 'c'], 'out_of_scope'],
    ['no item at all', grant, 'grandson', [], 'out_of_scope'],
    [
      'a revoked grant',
      { ...grant, revokedAt: '2026-03-03T00:00:00Z' },
      'grandson',
      ['a'],
      'revoked',
    ],
    ['an unclaimed grant', { ...grant, claimedAt: null }, 'grandson', ['a'], 'not_claimed'],
  ])('refuses %s', (_name, g, caller, items, reason) => {
    expect(checkScope(g, caller, items, now)).toEqual({ ok: false, reason })
  })
  test('refuses after the end', () => {
    expect(checkScope(grant, 'grandson', ['a'], new Date('2026-03-10T00:00:00+08:00'))).toEqual({
      ok: false,
      reason: 'expired',
    })
  })
})

test('names are masked in the middle, digits grouped for reading aloud', () => {
  expect(maskPersonName('张淑芳')).toBe('张*芳')
  expect(maskPersonName('李明')).toBe('李*')
  expect(maskPersonName('欧阳娜娜')).toBe('欧**娜')
  expect(spacedDigits('12345678')).toBe('1234 5678')
})
