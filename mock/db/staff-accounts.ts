import type Database from 'better-sqlite3'
import { devOpenid } from '../auth/code2session'

/**
 * Seeds the staff account that `dev:<handle>` signs in as (user id `user-<id>`), bringing its
 * role and nickname to the seed's state. Returns its user id and the rows it changed.
 */
export function staffAccounts(db: Database.Database) {
  const upsertUser = db.prepare(`
    INSERT INTO users (id, openid, nickname, role, created_at)
    VALUES (@id, @openid, @nickname, 'staff', @now)
    ON CONFLICT (openid) DO UPDATE SET role = 'staff', nickname = excluded.nickname
    WHERE role IS NOT 'staff' OR nickname IS NOT excluded.nickname`)
  const userIdOf = db.prepare<[string], string>('SELECT id FROM users WHERE openid = ?').pluck()
  return (handle: string, id: string, nickname: string) => {
    const openid = devOpenid(handle)
    const { changes } = upsertUser.run({
      id: `user-${id}`,
      openid,
      nickname,
      now: new Date().toISOString(),
    })
    const userId = userIdOf.get(openid)
    if (userId === undefined) throw new Error(`staff account ${handle} was not stored`)
    return { userId, changes }
  }
}
