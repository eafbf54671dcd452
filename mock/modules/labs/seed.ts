import type Database from 'better-sqlite3'
import { staffAccounts } from '../staff/seed-accounts'

/** Lab staff sign in with `dev:<handle>` (see mock/README.md); each may act for their lab only. */
export const LAB_STAFF_SEED: readonly { handle: string; labId: string; nickname: string }[] = [
  { handle: 'lab-env', labId: 'lab-env', nickname: '室内环境检测采样员' },
  { handle: 'lab-quality', labId: 'lab-quality', nickname: '产品质量检验员' },
]

export function seedLabStaff(db: Database.Database): number {
  const staffAccount = staffAccounts(db)
  return db.transaction(() => {
    let changes = 0
    for (const staff of LAB_STAFF_SEED) {
      const role = { kind: 'lab', scopeId: staff.labId } as const
      changes += staffAccount(staff.handle, staff.handle, staff.nickname, role).changes
    }
    return changes
  })()
}
