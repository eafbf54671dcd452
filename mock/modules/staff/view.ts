import * as z from 'zod/mini'
import { RoleGrantState, type RoleAuditEntry, type RoleGrant } from '../../../src/services/contract'
import { scopeName } from '../../auth/role-scopes'
import type { Repos } from '../repositories'
import type { AuditRow, GrantRow } from './repository'

type Person = RoleGrant['user']

async function personOf(repos: Repos, userId: string | null): Promise<Person | null> {
  if (userId === null) return null
  return { id: userId, nickname: (await repos.users.findById(userId))?.nickname ?? '已注销的用户' }
}

export async function toRoleGrant(repos: Repos, row: GrantRow): Promise<RoleGrant> {
  return {
    id: row.id,
    user: (await personOf(repos, row.user_id)) ?? { id: row.user_id, nickname: '' },
    kind: row.kind,
    scopeId: row.scope_id,
    scopeName:
      row.scope_id === null ? null : ((await scopeName(repos, row.kind, row.scope_id)) ?? null),
    grantedBy: await personOf(repos, row.granted_by),
    grantedAt: row.granted_at,
    revokedBy: await personOf(repos, row.revoked_by),
    revokedAt: row.revoked_at,
  }
}

const stateOf = (json: string | null) =>
  json === null ? null : z.parse(RoleGrantState, JSON.parse(json))

export async function toAuditEntry(repos: Repos, row: AuditRow): Promise<RoleAuditEntry> {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    grantId: row.grant_id,
    actor: await personOf(repos, row.actor_id),
    before: stateOf(row.before_json),
    after: stateOf(row.after_json),
  }
}
