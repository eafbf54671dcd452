import { randomBytes } from 'node:crypto'
import { signPayload, verifyPayload, type QrKind } from '../../../mock/modules/qr/sign'
import { payloadOf, qrLink, QR_PAYLOAD } from '../../../src/services/contract'

const key = randomBytes(32)
const now = new Date('2026-11-26T10:00:00+08:00')
const KINDS: QrKind[] = ['guide', 'queue', 'zone', 'check_in', 'campaign']

describe('signing 一码通 payloads', () => {
  test.each(KINDS)('a %s payload verifies and fits WeChat’s 32-character scene', (kind) => {
    const payload = signPayload(key, kind, 'K7M2P9QA', new Date('2027-01-01T00:00:00Z'))
    expect(payload.length).toBeLessThanOrEqual(32)
    expect(payload).toMatch(QR_PAYLOAD)
    expect(verifyPayload(key, payload, now)).toEqual({
      ok: true,
      kind,
      id: 'K7M2P9QA',
      expiresAt: new Date('2027-01-01T00:00:00Z'),
    })
  })

  test('every single-character change is refused as forged (or not official)', () => {
    const payload = signPayload(key, 'guide', 'ABCDEFGH')
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ234567890abcz.'
    for (let i = 0; i < payload.length; i++) {
      for (const ch of alphabet) {
        if (ch === payload[i]) continue
        const tampered = payload.slice(0, i) + ch + payload.slice(i + 1)
        const result = verifyPayload(key, tampered, now)
        expect(result.ok).toBe(false)
      }
    }
  })

  test('truncated, signed with another key, or expired: refused with the reason', () => {
    const payload = signPayload(key, 'zone', 'ABCDEFGH')
    expect(verifyPayload(key, payload.slice(0, -1), now)).toEqual({
      ok: false,
      reason: 'not_official',
    })
    expect(verifyPayload(randomBytes(32), payload, now)).toEqual({ ok: false, reason: 'forged' })
    const soon = signPayload(key, 'queue', 'ABCDEFGH', new Date(now.getTime() + 60_000))
    expect(verifyPayload(key, soon, now).ok).toBe(true)
    expect(verifyPayload(key, soon, new Date(now.getTime() + 120_000))).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  test('an expiry moved later breaks the signature', () => {
    const payload = signPayload(key, 'guide', 'ABCDEFGH', new Date(now.getTime() + 60_000))
    const [head, expiry = '', sig] = payload.split('.')
    const later = `${head}.${(parseInt(expiry, 36) + 100_000).toString(36)}.${sig}`
    expect(verifyPayload(key, later, now)).toEqual({ ok: false, reason: 'forged' })
  })
})

describe('payloadOf: what was scanned or typed', () => {
  const payload = signPayload(key, 'guide', 'ABCDEFGH')
  test('the official link, the link as the q parameter, or the bare payload', () => {
    expect(payloadOf(qrLink(payload))).toBe(payload)
    expect(payloadOf(encodeURIComponent(qrLink(payload)))).toBe(payload)
    expect(payloadOf(`  ${payload} `)).toBe(payload)
  })
  test('other links and look-alike domains are not official', () => {
    expect(payloadOf(`https://ymt.qingshan.gov.cn.evil.com/q/${payload}`)).toBeNull()
    expect(payloadOf(`http://ymt.qingshan.gov.cn/q/${payload}`)).toBeNull()
    expect(payloadOf('https://weixin.qq.com/r/abc')).toBeNull()
    expect(payloadOf('wxp://f2f0abcdefg')).toBeNull()
    expect(payloadOf('%E0%A4%A')).toBeNull()
  })
})
