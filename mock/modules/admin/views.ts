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
import { peopleOf, personIn, type Person } from './people'
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

/** Audit rows as the 审计日志 lists them; every actor is read in one query. */
export async function toAuditEntries(
  repos: Repos,
  rows: readonly AuditLogRow[],
): Promise<ConsoleAuditEntry[]> {
  const person = await peopleOf(
    repos,
    rows.map((row) => row.actor_id),
  )
  return rows.map((row) => toAuditEntry(row, person))
}

function toAuditEntry(
  row: AuditLogRow,
  person: (userId: string | null) => Person | null,
): ConsoleAuditEntry {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    area: areaOf(row.action),
    summary: row.summary,
    actor: person(row.actor_id),
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

/** Console sessions as the 会话 page lists them, each read with its holder's nickname. */
export function toConsoleSessions(
  rows: readonly (ConsoleSessionRow & { nickname: string | null })[],
  currentId: string | undefined,
): ConsoleSession[] {
  const person = personIn(new Map(rows.map((row) => [row.user_id, row.nickname])))
  return rows.map((row) => toConsoleSession(row, currentId, person))
}

export function toConsoleSession(
  row: ConsoleSessionRow,
  currentId: string | undefined,
  person: (userId: string | null) => Person | null,
): ConsoleSession {
  return {
    id: row.id,
    user: person(row.user_id) ?? { id: row.user_id, nickname: '' },
    browser: browserSummary(row.user_agent),
    ip: maskIp(row.ip),
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    current: row.id === currentId,
  }
}

/** Claimed invitees and every holder of a live role, by person; everyone read in one query. */
export async function staffList(repos: Repos): Promise<StaffMember[]> {
  const invites = await repos.admin.claimedInvites()
  const grants = await repos.roles.list(null, false)
  const person = await peopleOf(repos, [
    ...invites.map((invite) => invite.claimed_by),
    ...grants.map((grant) => grant.user_id),
  ])
  const members = new Map<string, StaffMember>()
  const member = (userId: string): StaffMember => {
    const known = members.get(userId)
    if (known) return known
    const user = person(userId) ?? { id: userId, nickname: '' }
    const fresh: StaffMember = { user, name: user.nickname, roles: [], invitedAt: null }
    members.set(userId, fresh)
    return fresh
  }
  for (const invite of invites) {
    if (invite.claimed_by === null) continue
    const m = member(invite.claimed_by)
    if (m.invitedAt === null) {
      m.name = invite.name
      m.invitedAt = invite.claimed_at
    }
  }
  const scopes = new Map<string, Promise<string | undefined>>()
  for (const grant of grants) {
    const m = member(grant.user_id)
    let scope: Promise<string | undefined> | undefined
    if (grant.scope_id !== null && isScopedRoleKind(grant.kind)) {
      const key = `${grant.kind}:${grant.scope_id}`
      scope = scopes.get(key)
      if (!scope) scopes.set(key, (scope = scopeName(repos, grant.kind, grant.scope_id)))
    }
    m.roles.push({
      grantId: grant.id,
      kind: grant.kind,
      scopeId: grant.scope_id,
      scopeName: scope === undefined ? null : ((await scope) ?? null),
    })
  }
  return [...members.values()]
}
