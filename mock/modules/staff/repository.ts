import { randomUUID } from 'node:crypto'
import type { StaffRoleKind } from '../../../src/services/contract'
import type { Db } from '../../db/sqlite'

export interface GrantRow {
  id: string
  user_id: string
  kind: StaffRoleKind
  scope_id: string | null
  granted_by: string | null
  granted_at: string
  revoked_at: string | null
  revoked_by: string | null
}

export interface AuditRow {
  id: string
  grant_id: string
  actor_id: string | null
  action: 'granted' | 'revoked'
  before_json: string | null
  after_json: string | null
  at: string
}

type NewGrant = Pick<GrantRow, 'user_id' | 'kind' | 'scope_id' | 'granted_by' | 'granted_at'>

/** The grant as the audit trail records it before and after a change. */
const stateOf = (row: GrantRow) =>
  JSON.stringify({
    userId: row.user_id,
    kind: row.kind,
    scopeId: row.scope_id,
    revokedAt: row.revoked_at,
  })

export function createRoleRepo(db: Db) {
  const byId = db.prepare<[string], GrantRow>('SELECT * FROM role_grants WHERE id = ?')
  const liveOfUser = db.prepare<[string], GrantRow>(
    'SELECT * FROM role_grants WHERE user_id = ? AND revoked_at IS NULL ORDER BY granted_at, id',
  )
  const liveScopes = db
    .prepare<[string, string], string>(
      `SELECT scope_id FROM role_grants
       WHERE user_id = ? AND kind = ? AND revoked_at IS NULL AND scope_id IS NOT NULL
       ORDER BY scope_id`,
    )
    .pluck()
  const holdsKind = db
    .prepare<[string, string], number>(
      'SELECT 1 FROM role_grants WHERE user_id = ? AND kind = ? AND revoked_at IS NULL LIMIT 1',
    )
    .pluck()
  const holds = db
    .prepare<[string, string, string | null], number>(
      `SELECT 1 FROM role_grants WHERE user_id = ? AND kind = ? AND scope_id IS ?
       AND revoked_at IS NULL`,
    )
    .pluck()
  const everHeld = db
    .prepare<[string, string, string | null], number>(
      'SELECT 1 FROM role_grants WHERE user_id = ? AND kind = ? AND scope_id IS ?',
    )
    .pluck()
  const list = db.prepare<{ user: string | null; all: number }, GrantRow>(`
    SELECT * FROM role_grants WHERE (@user IS NULL OR user_id = @user)
      AND (@all = 1 OR revoked_at IS NULL)
    ORDER BY granted_at DESC, id`)
  const insert = db.prepare<[GrantRow]>(`
    INSERT INTO role_grants
      (id, user_id, kind, scope_id, granted_by, granted_at, revoked_at, revoked_by)
    VALUES (@id, @user_id, @kind, @scope_id, @granted_by, @granted_at, NULL, NULL)`)
  const revoke = db.prepare<[string, string, string]>(
    'UPDATE role_grants SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL',
  )
  const insertAudit = db.prepare<[AuditRow]>(`
    INSERT INTO role_audit (id, grant_id, actor_id, action, before_json, after_json, at)
    VALUES (@id, @grant_id, @actor_id, @action, @before_json, @after_json, @at)`)
  const audit = db.prepare<{ user: string | null }, AuditRow>(`
    SELECT a.* FROM role_audit a JOIN role_grants g ON g.id = a.grant_id
    WHERE (@user IS NULL OR g.user_id = @user) ORDER BY a.at DESC, a.rowid DESC LIMIT 500`)

  const find = (id: string) => byId.get(id)
  const record = (
    row: GrantRow,
    actorId: string | null,
    action: AuditRow['action'],
    before: GrantRow | undefined,
    at: string,
  ) =>
    insertAudit.run({
      id: randomUUID(),
      grant_id: row.id,
      actor_id: actorId,
      action,
      before_json: before ? stateOf(before) : null,
      after_json: stateOf(row),
      at,
    })
  const grant = (row: NewGrant): GrantRow => {
    const id = randomUUID()
    insert.run({ ...row, id, revoked_at: null, revoked_by: null })
    const stored = byId.get(id)
    if (!stored) throw new Error('role grant did not persist')
    record(stored, row.granted_by, 'granted', undefined, row.granted_at)
    return stored
  }

  return {
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    find,
    liveOfUser: (userId: string) => liveOfUser.all(userId),
    /** The points, banks or labs where the user holds a live grant of `kind`. */
    scopesOf: (userId: string, kind: StaffRoleKind) => liveScopes.all(userId, kind),
    /** A live grant of `kind`, at `scopeId` when given. */
    holds: (userId: string, kind: StaffRoleKind, scopeId?: string) =>
      (scopeId === undefined ? holdsKind.get(userId, kind) : holds.get(userId, kind, scopeId)) ===
      1,
    list: (userId: string | null, includeRevoked: boolean) =>
      list.all({ user: userId, all: includeRevoked ? 1 : 0 }),
    /** A grant and its audit row; the caller runs it inside a transaction. */
    grant,
    /**
     * The seed's initial grant, only if this user never held it: a role an administrator
     * revoked stays revoked when the server restarts. Returns rows changed.
     */
    seedGrant: (userId: string, kind: StaffRoleKind, scopeId: string | null, at: string) => {
      if (everHeld.get(userId, kind, scopeId) === 1) return 0
      grant({ user_id: userId, kind, scope_id: scopeId, granted_by: null, granted_at: at })
      return 1
    },
    /** Revokes a live grant and audits it; undefined when it was not live. */
    revoke: (id: string, actorId: string, at: string): GrantRow | undefined => {
      const before = byId.get(id)
      if (!before || revoke.run(at, actorId, id).changes !== 1) return undefined
      const after = byId.get(id)
      if (!after) throw new Error('revoked grant vanished')
      record(after, actorId, 'revoked', before, at)
      return after
    },
    audit: (userId: string | null) => audit.all({ user: userId }),
  }
}

export type RoleRepo = ReturnType<typeof createRoleRepo>
