import type Database from 'better-sqlite3'
import { staffAccounts } from './staff-accounts'
import { BANKS, type BankId } from '../finance/products'

/** Bank staff sign in with `dev:<handle>` (see mock/README.md). */
export const BANK_STAFF_SEED: readonly { handle: string; bankId: BankId }[] = [
  { handle: 'bank-abc', bankId: 'abc-qingshan' },
  { handle: 'bank-hx', bankId: 'hx-baotou' },
]

export function seedBankStaff(db: Database.Database): number {
  const staffAccount = staffAccounts(db)
  const upsertStaff = db.prepare(`
    INSERT INTO bank_staff (user_id, bank_id) VALUES (?, ?)
    ON CONFLICT (user_id) DO UPDATE SET bank_id = excluded.bank_id
    WHERE bank_id IS NOT excluded.bank_id`)
  return db.transaction(() => {
    let changes = 0
    for (const staff of BANK_STAFF_SEED) {
      const account = staffAccount(staff.handle, staff.handle, `${BANKS[staff.bankId]}客户经理`)
      const userId = account.userId
      changes += account.changes
      changes += upsertStaff.run(userId, staff.bankId).changes
    }
    return changes
  })()
}
