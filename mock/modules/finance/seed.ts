import type Database from 'better-sqlite3'
import { staffAccounts } from '../staff/seed-accounts'
import { BANKS, type BankId } from './products'

/** Bank staff sign in with `dev:<handle>` (see mock/README.md); each may act for their bank only. */
export const BANK_STAFF_SEED: readonly { handle: string; bankId: BankId }[] = [
  { handle: 'bank-abc', bankId: 'abc-qingshan' },
  { handle: 'bank-hx', bankId: 'hx-baotou' },
]

export function seedBankStaff(db: Database.Database): number {
  const staffAccount = staffAccounts(db)
  return db.transaction(() => {
    let changes = 0
    for (const staff of BANK_STAFF_SEED) {
      const nickname = `${BANKS[staff.bankId]}客户经理`
      const role = { kind: 'bank', scopeId: staff.bankId } as const
      changes += staffAccount(staff.handle, staff.handle, nickname, role).changes
    }
    return changes
  })()
}
