import {
  AUDIT_AREAS,
  isScopedRoleKind,
  type ConsoleAuditEntry,
  type ConsoleAuditQuery,
  type ConsoleSession,
  type StaffMember,
} from '../../../src/services/contract'
import { scopeName } from '../../auth/role-scopes'
import type { Repos } from '../repositories'
import type { AuditFilter, AuditLogRow } from './audit-repository'
import { browserSummary, maskIp } from './browser'
import { personOf } from './people'
import type { ConsoleSessionRow } from './repository'

const AREAS: ReadonlySet<string> = new Set(AUDIT_AREAS)
const areaOf = (action: string): ConsoleAuditEntry['area'] => {
  const area = action.split('.')[0] ?? ''
  return AREAS.has(area) ? (area as ConsoleAuditEntry['area']) : 'console'
}

const objectOf = (json: string | null): Record<string, unknown> | null => {
  if (json === null) return null
  const value: unknown = JSON.parse(json)
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null
}

export async function toAuditEntry(repos: Repos, row: AuditLogRow): Promise<ConsoleAuditEntry> {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    area: areaOf(row.action),
    summary: row.summary,
    actor: await personOf(repos, row.actor_id),
    target: { kind: row.target_kind, id: row.target_id },
    before: objectOf(row.before_json),
    after: objectOf(row.after_json),
  }
}

/** A Beijing day `YYYY-MM-DD` as the instant it starts, `days` later. */
const dayStart = (day: string, days = 0) =>
  new Date(new Date(`${day}T00:00:00+08:00`).getTime() + days * 86_400_000).toISOString()

export function auditFilter(query: ConsoleAuditQuery): AuditFilter {
  return {
    area: query.area ?? null,
    actorId: query.actorId === undefined || query.actorId === '' ? null : query.actorId,
    from: query.from === undefined ? null : dayStart(query.from),
    to: query.to === undefined ? null : dayStart(query.to, 1),
  }
}

export async function toConsoleSession(
  repos: Repos,
  row: ConsoleSessionRow,
  currentId: string | undefined,
): Promise<ConsoleSession> {
  return {
    id: row.id,
    user: (await personOf(repos, row.user_id)) ?? { id: row.user_id, nickname: '' },
    browser: browserSummary(row.user_agent),
    ip: maskIp(row.ip),
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    current: row.id === currentId,
  }
}

/** Claimed invitees and every holder of a live role, by person. */
export async function staffList(repos: Repos): Promise<StaffMember[]> {
  const members = new Map<string, StaffMember>()
  const member = async (userId: string): Promise<StaffMember> => {
    const known = members.get(userId)
    if (known) return known
    const user = (await personOf(repos, userId)) ?? { id: userId, nickname: '' }
    const fresh: StaffMember = { user, name: user.nickname, roles: [], invitedAt: null }
    members.set(userId, fresh)
    return fresh
  }
  for (const invite of await repos.admin.claimedInvites()) {
    if (invite.claimed_by === null) continue
    const m = await member(invite.claimed_by)
    if (m.invitedAt === null) {
      m.name = invite.name
      m.invitedAt = invite.claimed_at
    }
  }
  for (const grant of await repos.roles.list(null, false)) {
    const m = await member(grant.user_id)
    m.roles.push({
      grantId: grant.id,
      kind: grant.kind,
      scopeId: grant.scope_id,
      scopeName:
        grant.scope_id !== null && isScopedRoleKind(grant.kind)
          ? ((await scopeName(repos, grant.kind, grant.scope_id)) ?? null)
          : null,
    })
  }
  return [...members.values()]
}
