import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { StaffRoleKind } from '../../../src/services/contract'
import { devOpenid } from '../../auth/code2session'

/**
 * The seed's initial grant on SQLite (seeds stay synchronous), only if this user never held it:
 * a role an administrator revoked stays revoked when the server restarts. Returns rows changed.
 */
function seedGrants(db: Database.Database) {
  const everHeld = db
    .prepare<[string, string, string | null], number>(
      'SELECT 1 FROM role_grants WHERE user_id = ? AND kind = ? AND scope_id IS ?',
    )
    .pluck()
  const insert = db.prepare(`
    INSERT INTO role_grants (id, user_id, kind, scope_id, granted_by, granted_at)
    VALUES (@id, @userId, @kind, @scopeId, NULL, @at) ON CONFLICT DO NOTHING`)
  const audit = db.prepare(`
    INSERT INTO admin_audit (id, actor_id, action, target_kind, target_id, summary, before_json, after_json, at)
    VALUES (@auditId, NULL, 'role.granted', 'role_grant', @id, '授予角色', NULL, @after, @at)`)
  return (userId: string, kind: StaffRoleKind, scopeId: string | null, at: string): number => {
    if (everHeld.get(userId, kind, scopeId) === 1) return 0
    const id = randomUUID()
    if (insert.run({ id, userId, kind, scopeId, at }).changes !== 1) return 0
    const after = JSON.stringify({ userId, kind, scopeId, revokedAt: null })
    audit.run({ auditId: randomUUID(), id, after, at })
    return 1
  }
}

/**
 * Seeds the staff account that `dev:<handle>` signs in as (user id `user-<id>`), bringing its
 * nickname to the seed's state and granting its role once (a role an administrator revoked
 * stays revoked). Returns its user id and the rows it changed.
 */
export function staffAccounts(db: Database.Database) {
  const upsertUser = db.prepare(`
    INSERT INTO users (id, openid, nickname, created_at) VALUES (@id, @openid, @nickname, @now)
    ON CONFLICT (openid) DO UPDATE SET nickname = excluded.nickname
    WHERE nickname IS NOT excluded.nickname`)
  const userIdOf = db.prepare<[string], string>('SELECT id FROM users WHERE openid = ?').pluck()
  const seedGrant = seedGrants(db)
  return (
    handle: string,
    id: string,
    nickname: string,
    role: { kind: StaffRoleKind; scopeId: string | null },
  ) => {
    const openid = devOpenid(handle)
    const now = new Date().toISOString()
    const { changes } = upsertUser.run({ id: `user-${id}`, openid, nickname, now })
    const userId = userIdOf.get(openid)
    if (userId === undefined) throw new Error(`staff account ${handle} was not stored`)
    return { userId, changes: changes + seedGrant(userId, role.kind, role.scopeId, now) }
  }
}
