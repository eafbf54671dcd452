import type Database from 'better-sqlite3'
import * as z from 'zod/mini'
import { luhnCheckDigit, UtilityKind } from '../../../src/services/contract'
import { parseReference, provenance } from '../reference-data'
import file from './utilities.json'

const Bill = z.object({
  period: z.string(),
  description: z.string(),
  amountCents: z.number().check(z.int(), z.positive()),
  dueDate: z.iso.date(),
})

const UtilitiesFile = z.object({
  ...provenance,
  /** The phone each household registered with its utilities (for the 户号 binding check). */
  households: z.array(z.object({ holder: z.string(), phone: z.string(), address: z.string() })),
  accounts: z.array(
    z.object({
      id: z.string(),
      kind: UtilityKind,
      /** Without the check digit, which is computed. */
      body: z.string().check(z.regex(/^\d+$/)),
      holder: z.string(),
      /** Fictional household and bills priced at made-up tariffs: shown as 示例. */
      sample: z.boolean(),
      bills: z.array(Bill),
    }),
  ),
})

const data = parseReference('life/utilities.json', UtilitiesFile, file)

function householdOf(holder: string): { phone: string; address: string } {
  const found = data.households.find((h) => h.holder === holder)
  if (found === undefined) throw new Error(`life/utilities.json: no household of ${holder}`)
  return found
}

type AccountSeed = (typeof data.accounts)[number] & { address: string }

/** Fictional households with sample bills (not real tariffs); used in dev, tests and the demo. */
export const UTILITY_SEED: readonly AccountSeed[] = data.accounts.map((account) => ({
  ...account,
  address: householdOf(account.holder).address,
}))

/** Accounts whose household, bills and tariffs are made up, until the utilities connect their own. */
export const SAMPLE_ACCOUNT_IDS: ReadonlySet<string> = new Set(
  UTILITY_SEED.filter((a) => a.sample).map((a) => a.id),
)

export const accountNumber = (seed: Pick<AccountSeed, 'body'>) =>
  seed.body + luhnCheckDigit(seed.body)

/** Idempotent upsert of reference data; bindings and payments are never touched. */
export function seedUtilities(db: Database.Database): number {
  const upsertAccount = db.prepare(`
    INSERT INTO utility_accounts (id, kind, number, holder, address, phone)
    VALUES (@id, @kind, @number, @holder, @address, @phone)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, number = excluded.number,
      holder = excluded.holder, address = excluded.address, phone = excluded.phone
    WHERE (kind, number, holder, address, phone) IS NOT
      (excluded.kind, excluded.number, excluded.holder, excluded.address, excluded.phone)`)
  const upsertBill = db.prepare(`
    INSERT INTO utility_bills (id, account_id, period, description, amount_cents, due_date)
    VALUES (@id, @accountId, @period, @description, @amountCents, @dueDate)
    ON CONFLICT (id) DO UPDATE SET description = excluded.description,
      amount_cents = excluded.amount_cents, due_date = excluded.due_date
    WHERE (description, amount_cents, due_date) IS NOT
      (excluded.description, excluded.amount_cents, excluded.due_date)`)
  return db.transaction(() => {
    let changes = 0
    for (const account of UTILITY_SEED) {
      const { bills: _bills, body: _body, sample: _sample, ...row } = account
      const { phone } = householdOf(account.holder)
      changes += upsertAccount.run({ ...row, number: accountNumber(account), phone }).changes
      for (const bill of account.bills) {
        changes += upsertBill.run({
          ...bill,
          id: `${account.id}-${bill.period}`,
          accountId: account.id,
        }).changes
      }
    }
    return changes
  })()
}
