import type Database from 'better-sqlite3'
import type { StaffRoleKind } from '../../../src/services/contract'
import { devOpenid } from '../../auth/code2session'
import { createRoleRepo } from './repository'

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
  const roles = createRoleRepo(db)
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
    return { userId, changes: changes + roles.seedGrant(userId, role.kind, role.scopeId, now) }
  }
}
