import { createHmac, timingSafeEqual } from 'node:crypto'
import { QR_PAYLOAD } from '../../../src/services/contract'

export type QrKind =
  'guide' | 'queue' | 'zone' | 'check_in' | 'campaign' | 'grant' | 'console' | 'invite'
const LETTERS: Record<QrKind, string> = {
  guide: 'g',
  queue: 'q',
  zone: 'z',
  check_in: 'c',
  campaign: 'p',
  grant: 'a',
  console: 'l',
  invite: 'i',
}
const KINDS = new Map(Object.entries(LETTERS).map(([kind, letter]) => [letter, kind as QrKind]))
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const MINUTE = 60_000

/** 50 bits of HMAC-SHA256 in base32: enough that guessing one costs 2^50 tries, short enough for `scene`. */
function signature(key: Buffer, body: string): string {
  const mac = createHmac('sha256', key).update(body).digest()
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of mac) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5 && out.length < 10) {
      out += BASE32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    if (out.length === 10) break
  }
  return out
}

/** `<kind><id>.<expiry>.<signature>`, at most 28 characters (WeChat's `scene` allows 32). */
export function signPayload(key: Buffer, kind: QrKind, id: string, expiresAt?: Date): string {
  const expiry = expiresAt ? Math.ceil(expiresAt.getTime() / MINUTE).toString(36) : ''
  const body = `${LETTERS[kind]}${id}.${expiry}`
  return `${body}.${signature(key, body)}`
}

/** The signature alone, whatever the expiry: a near miss of a genuine code is judged by it. */
export function signatureMatches(key: Buffer, payload: string): boolean {
  const cut = payload.lastIndexOf('.')
  const expected = Buffer.from(signature(key, payload.slice(0, cut)))
  const given = Buffer.from(payload.slice(cut + 1))
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export type Verified =
  | { ok: true; kind: QrKind; id: string; expiresAt: Date | null }
  | { ok: false; reason: 'not_official' | 'forged' | 'expired' }

export function verifyPayload(key: Buffer, payload: string, now: Date): Verified {
  if (!QR_PAYLOAD.test(payload)) return { ok: false, reason: 'not_official' }
  const cut = payload.lastIndexOf('.')
  const body = payload.slice(0, cut)
  const expected = Buffer.from(signature(key, body))
  const given = Buffer.from(payload.slice(cut + 1))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'forged' }
  }
  const kind = KINDS.get(body[0] ?? '')
  if (!kind) return { ok: false, reason: 'forged' }
  const [head = '', expiry = ''] = body.split('.')
  const expiresAt = expiry === '' ? null : new Date(parseInt(expiry, 36) * MINUTE)
  if (expiresAt && expiresAt <= now) return { ok: false, reason: 'expired' }
  return { ok: true, kind, id: head.slice(1), expiresAt }
}
