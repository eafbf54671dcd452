import type Database from 'better-sqlite3'
import type { Sql } from '../../db/engine'
import { staffAccounts } from '../staff/seed-accounts'
import type { LoanProduct } from '../../../src/services/contract'
import { BANKS, PRODUCTS, type BankId } from './products'

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

/** The seeded products, except those the 管理后台 edited (`edited_at` set), which stay as edited. */
export function seedLoanProducts(
  db: Database.Database,
  products: readonly (LoanProduct & { bankId: string })[] = PRODUCTS,
  at = new Date(),
): number {
  const upsert = db.prepare(`
    INSERT INTO loan_products (id, bank_id, product_json, on_shelf, sort_order, updated_at)
    VALUES (@id, @bankId, @json, 1, @sort, @at)
    ON CONFLICT (id) DO UPDATE SET bank_id = excluded.bank_id, product_json = excluded.product_json,
      sort_order = excluded.sort_order, updated_at = excluded.updated_at
    WHERE loan_products.edited_at IS NULL AND loan_products.product_json IS NOT excluded.product_json`)
  return db.transaction(() =>
    products.reduce((written, { id, bank: _bank, bankId, ...terms }, sort) => {
      const json = JSON.stringify(terms)
      return written + upsert.run({ id, bankId, json, sort, at: at.toISOString() }).changes
    }, 0),
  )()
}

/** As `addMissingPolicies`: products a database seeded before they moved into it lacks; inserts only. */
export async function addMissingLoanProducts(sql: Sql, at = new Date()): Promise<number> {
  let added = 0
  for (const [sort, { id, bank: _bank, bankId, ...terms }] of PRODUCTS.entries()) {
    const result = await sql
      .insertInto('loan_products')
      .values({
        id,
        bank_id: bankId,
        product_json: JSON.stringify(terms),
        on_shelf: 1,
        sort_order: sort,
        updated_at: at.toISOString(),
      })
      .onConflict((c) => c.column('id').doNothing())
      .executeTakeFirst()
    added += Number(result.numInsertedOrUpdatedRows ?? 0)
  }
  return added
}
