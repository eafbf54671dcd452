/** 亲情代办: the pure rules both the app and the server apply to an authorisation. */

export const GRANT_DAYS = [1, 7, 30] as const
export type GrantDays = (typeof GRANT_DAYS)[number]
export const GRANT_MAX_ITEMS = 10
/** An unclaimed code works this long; the grantor can show a fresh one at any time. */
export const GRANT_CODE_MINUTES = 10
export const GRANT_CODE_DIGITS = 8

export const RELATIONS = [
  '儿子',
  '女儿',
  '孙子',
  '孙女',
  '儿媳',
  '女婿',
  '配偶',
  '其他亲属',
] as const
export type Relation = (typeof RELATIONS)[number]

export type GrantStatus = 'pending' | 'active' | 'revoked' | 'expired'

export interface GrantClock {
  revokedAt: string | null
  validUntil: string
  claimedAt: string | null
}

/** A grant ends at the same clock time `days` later (7 天 from Mon 09:00 ends the next Mon 09:00). */
export function grantEnd(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 86_400_000)
}

export function grantStatus(grant: GrantClock, now: Date): GrantStatus {
  if (grant.revokedAt !== null) return 'revoked'
  if (new Date(grant.validUntil) <= now) return 'expired'
  return grant.claimedAt === null ? 'pending' : 'active'
}

export type ScopeCheck =
  | { ok: true }
  | { ok: false; reason: 'not_grantee' | 'not_claimed' | 'revoked' | 'expired' | 'out_of_scope' }

/** May `callerId` act under this grant for every one of `itemIds` at `now`? */
export function checkScope(
  grant: GrantClock & { granteeId: string | null; itemIds: readonly string[] },
  callerId: string,
  itemIds: readonly string[],
  now: Date,
): ScopeCheck {
  if (grant.granteeId !== callerId) return { ok: false, reason: 'not_grantee' }
  const status = grantStatus(grant, now)
  if (status === 'revoked' || status === 'expired') return { ok: false, reason: status }
  if (status === 'pending') return { ok: false, reason: 'not_claimed' }
  const allowed = new Set(grant.itemIds)
  if (itemIds.length === 0 || !itemIds.every((id) => allowed.has(id))) {
    return { ok: false, reason: 'out_of_scope' }
  }
  return { ok: true }
}

/** 张淑芳 → 张*芳, 李明 → 李*: enough for the family to recognise, not enough to identify. */
export function maskPersonName(name: string): string {
  const chars = [...name]
  if (chars.length <= 1) return name
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}

/** Digits read aloud in two groups: 1234 5678. */
export function spacedDigits(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ')
}
