import type Database from 'better-sqlite3'
import { staffAccounts } from './staff-accounts'

/** Lab staff sign in with `dev:<handle>` (see mock/README.md). */
export const LAB_STAFF_SEED: readonly { handle: string; labId: string; nickname: string }[] = [
  { handle: 'lab-env', labId: 'lab-env', nickname: '室内环境检测采样员' },
  { handle: 'lab-quality', labId: 'lab-quality', nickname: '产品质量检验员' },
]

export function seedLabStaff(db: Database.Database): number {
  const staffAccount = staffAccounts(db)
  const upsertStaff = db.prepare(`
    INSERT INTO lab_staff (user_id, lab_id) VALUES (?, ?)
    ON CONFLICT (user_id) DO UPDATE SET lab_id = excluded.lab_id WHERE lab_id IS NOT excluded.lab_id`)
  return db.transaction(() => {
    let changes = 0
    for (const staff of LAB_STAFF_SEED) {
      const account = staffAccount(staff.handle, staff.handle, staff.nickname)
      const userId = account.userId
      changes += account.changes
      changes += upsertStaff.run(userId, staff.labId).changes
    }
    return changes
  })()
}
