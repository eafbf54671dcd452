import {
  grantStatus,
  maskPersonName,
  qrLink,
  type ActingGrant,
  type AuditEntry,
  type Grant,
} from '../../../src/services/contract'
import type { Repos } from '../repositories'
import type { GrantRow, ListedAuditRow } from './repository'
import { signPayload } from '../qr/sign'
import { clockOf, itemIdsOf } from './stored'

export const maskedGrantee = (name: string) => (name === '' ? '帮办员' : maskPersonName(name))

async function itemsOf(repos: Repos, row: GrantRow) {
  const ids = itemIdsOf(row)
  const names = new Map((await repos.catalog.summaries(ids)).map((i) => [i.id, i.name]))
  return ids.map((id) => ({ id, name: names.get(id) ?? '（事项已下线）' }))
}

export async function personName(repos: Repos, userId: string): Promise<string> {
  return nameOf(await repos.users.findById(userId))
}

interface Named {
  real_name: string | null
  contact_name: string | null
  nickname: string | null
}

const nameOf = (user: Named | undefined) =>
  user?.real_name ?? user?.contact_name ?? user?.nickname ?? '家人'

export async function toGrant(
  repos: Repos,
  qrKey: Buffer,
  row: GrantRow,
  now: Date,
): Promise<Grant> {
  const status = grantStatus(clockOf(row), now)
  const codeExpires = new Date(row.code_expires_at)
  return {
    id: row.id,
    granteeKind: row.grantee_kind,
    granteeName: row.grantee_name,
    relation: row.relation,
    items: await itemsOf(repos, row),
    days: row.days,
    validUntil: row.valid_until,
    status,
    createdAt: row.created_at,
    claimedAt: row.claimed_at,
    revokedAt: row.revoked_at,
    code:
      status === 'pending'
        ? {
            digits: row.claim_digits,
            link: qrLink(signPayload(qrKey, 'grant', row.claim_qr_id, codeExpires)),
            expiresAt: row.code_expires_at,
            expired: codeExpires <= now,
          }
        : null,
  }
}

export async function toActingGrant(repos: Repos, row: GrantRow, now: Date): Promise<ActingGrant> {
  return {
    id: row.id,
    grantorName: maskPersonName(await personName(repos, row.grantor_id)),
    relation: row.relation,
    items: await itemsOf(repos, row),
    validUntil: row.valid_until,
    status: grantStatus(clockOf(row), now),
  }
}

/** An entry of the 代办记录, read with its grant's people and its item (`ListedAuditRow`). */
export function toAuditEntry(row: ListedAuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    grantId: row.grant_id,
    action: row.action,
    byGrantor: row.grantor_id === row.actor_id,
    granteeName: maskedGrantee(row.grantee_name),
    grantorName: maskPersonName(
      nameOf({
        real_name: row.grantor_real_name,
        contact_name: row.grantor_contact_name,
        nickname: row.grantor_nickname,
      }),
    ),
    itemName: row.item_id === null ? null : (row.item_name ?? '（事项已下线）'),
    targetId: row.target_id,
  }
}
