import type { GrantClock } from '../../../src/services/contract'
import type { GrantRow } from './repository'

export function itemIdsOf(row: GrantRow): string[] {
  const parsed: unknown = JSON.parse(row.item_ids_json)
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []
}

export function clockOf(row: GrantRow): GrantClock {
  return { revokedAt: row.revoked_at, validUntil: row.valid_until, claimedAt: row.claimed_at }
}
