import type Database from 'better-sqlite3'
import { devOpenid } from '../auth/code2session'
import { BANKS, type BankId } from '../finance/products'

/** Bank staff sign in with `dev:<handle>` (see mock/README.md). */
export const BANK_STAFF_SEED: readonly { handle: string; bankId: BankId }[] = [
  { handle: 'bank-abc', bankId: 'abc-qingshan' },
  { handle: 'bank-hx', bankId: 'hx-baotou' },
]

export function seedBankStaff(db: Database.Database): number {
  const upsertUser = db.prepare(`
    INSERT INTO users (id, openid, nickname, role, created_at)
    VALUES (@id, @openid, @nickname, 'staff', @now)
    ON CONFLICT (openid) DO UPDATE SET role = 'staff', nickname = excluded.nickname
    WHERE role IS NOT 'staff' OR nickname IS NOT excluded.nickname`)
  const userIdOf = db.prepare<[string], string>('SELECT id FROM users WHERE openid = ?').pluck()
  const upsertStaff = db.prepare(`
    INSERT INTO bank_staff (user_id, bank_id) VALUES (?, ?)
    ON CONFLICT (user_id) DO UPDATE SET bank_id = excluded.bank_id
    WHERE bank_id IS NOT excluded.bank_id`)
  return db.transaction(() => {
    let changes = 0
    for (const staff of BANK_STAFF_SEED) {
      const openid = devOpenid(staff.handle)
      changes += upsertUser.run({
        id: `user-${staff.handle}`,
        openid,
        nickname: `${BANKS[staff.bankId]}客户经理`,
        now: new Date().toISOString(),
      }).changes
      const userId = userIdOf.get(openid)
      if (userId === undefined) throw new Error(`bank staff ${staff.handle} was not stored`)
      changes += upsertStaff.run(userId, staff.bankId).changes
    }
    return changes
  })()
}
