import * as z from 'zod/mini'
import { RoleGrantState, type RoleAuditEntry, type RoleGrant } from '../../../src/services/contract'
import { scopeName } from '../../auth/role-scopes'
import { peopleOf } from '../admin/people'
import type { Repos } from '../repositories'
import type { AuditRow, GrantRow } from './repository'

/** Grants as the console lists them; everyone they name is read in one query. */
export async function toRoleGrants(repos: Repos, rows: readonly GrantRow[]): Promise<RoleGrant[]> {
  const person = await peopleOf(
    repos,
    rows.flatMap((row) => [row.user_id, row.granted_by, row.revoked_by]),
  )
  const scopes = new Map<string, Promise<string | undefined>>()
  const scopeOf = (row: GrantRow, scopeId: string) => {
    const key = `${row.kind}:${scopeId}`
    let name = scopes.get(key)
    if (!name) scopes.set(key, (name = scopeName(repos, row.kind, scopeId)))
    return name
  }
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      user: person(row.user_id) ?? { id: row.user_id, nickname: '' },
      kind: row.kind,
      scopeId: row.scope_id,
      scopeName: row.scope_id === null ? null : ((await scopeOf(row, row.scope_id)) ?? null),
      grantedBy: person(row.granted_by),
      grantedAt: row.granted_at,
      revokedBy: person(row.revoked_by),
      revokedAt: row.revoked_at,
    })),
  )
}

export async function toRoleGrant(repos: Repos, row: GrantRow): Promise<RoleGrant> {
  const [grant] = await toRoleGrants(repos, [row])
  if (!grant) throw new Error('toRoleGrants returns one grant per row')
  return grant
}

const stateOf = (json: string | null) =>
  json === null ? null : z.parse(RoleGrantState, JSON.parse(json))

/** Audit rows as the console lists them; every actor is read in one query. */
export async function toAuditEntries(
  repos: Repos,
  rows: readonly AuditRow[],
): Promise<RoleAuditEntry[]> {
  const person = await peopleOf(
    repos,
    rows.map((row) => row.actor_id),
  )
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    action: row.action,
    grantId: row.grant_id,
    actor: person(row.actor_id),
    before: stateOf(row.before_json),
    after: stateOf(row.after_json),
  }))
}
