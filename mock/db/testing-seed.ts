import type Database from 'better-sqlite3'
import { devOpenid } from '../auth/code2session'

/** Lab staff sign in with `dev:<handle>` (see mock/README.md). */
export const LAB_STAFF_SEED: readonly { handle: string; labId: string; nickname: string }[] = [
  { handle: 'lab-env', labId: 'lab-env', nickname: '室内环境检测采样员' },
  { handle: 'lab-quality', labId: 'lab-quality', nickname: '产品质量检验员' },
]

export function seedLabStaff(db: Database.Database): number {
  const upsertUser = db.prepare(`
    INSERT INTO users (id, openid, nickname, role, created_at)
    VALUES (@id, @openid, @nickname, 'staff', @now)
    ON CONFLICT (openid) DO UPDATE SET role = 'staff', nickname = excluded.nickname
    WHERE role IS NOT 'staff' OR nickname IS NOT excluded.nickname`)
  const userIdOf = db.prepare<[string], string>('SELECT id FROM users WHERE openid = ?').pluck()
  const upsertStaff = db.prepare(`
    INSERT INTO lab_staff (user_id, lab_id) VALUES (?, ?)
    ON CONFLICT (user_id) DO UPDATE SET lab_id = excluded.lab_id WHERE lab_id IS NOT excluded.lab_id`)
  return db.transaction(() => {
    let changes = 0
    for (const staff of LAB_STAFF_SEED) {
      const openid = devOpenid(staff.handle)
      changes += upsertUser.run({
        id: `user-${staff.handle}`,
        openid,
        nickname: staff.nickname,
        now: new Date().toISOString(),
      }).changes
      const userId = userIdOf.get(openid)
      if (userId === undefined) throw new Error(`lab staff ${staff.handle} was not stored`)
      changes += upsertStaff.run(userId, staff.labId).changes
    }
    return changes
  })()
}
