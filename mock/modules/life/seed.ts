import type Database from 'better-sqlite3'
import { luhnCheckDigit, type UtilityKind } from '../../../src/services/contract'

interface BillSeed {
  period: string
  description: string
  amountCents: number
  dueDate: string
}

interface AccountSeed {
  id: string
  kind: UtilityKind
  /** Without the check digit, which is computed. */
  body: string
  holder: string
  address: string
  /** Fictional household and bills priced at made-up tariffs: shown as 示例. */
  sample: boolean
  bills: BillSeed[]
}

const monthly = (unit: string, first: [number, number], second: [number, number]): BillSeed[] => [
  {
    period: '2026-01',
    description: `用量 ${first[0]}${unit}`,
    amountCents: first[1],
    dueDate: '2026-02-25',
  },
  {
    period: '2026-02',
    description: `用量 ${second[0]}${unit}`,
    amountCents: second[1],
    dueDate: '2026-03-25',
  },
]

const heating = (area: number, cents: number): BillSeed[] => [
  {
    period: '2025-2026',
    description: `2025—2026 采暖季（10月15日至次年4月15日），建筑面积 ${area}㎡`,
    amountCents: cents,
    dueDate: '2026-03-31',
  },
]

const HOUSE_1 = '青山区幸福路街道 幸福南路12号楼3单元501'
const HOUSE_2 = '青山区青山路街道 文化路28号院6栋2单元302'
const HOUSE_3 = '青山区自由路街道 富强路7号楼1单元201'

/** The phone each fictional household registered with its utilities (for the 户号 binding check). */
const PHONE_OF: Record<string, string> = {
  张建国: '13947200101',
  李秀兰: '13947200202',
  王芳: '13947200303',
}

/** Fictional households with sample bills (not real tariffs); used in dev, tests and the demo. */
export const UTILITY_SEED: readonly AccountSeed[] = [
  {
    id: 'water-1',
    kind: 'water',
    body: '150204001',
    holder: '张建国',
    address: HOUSE_1,
    sample: true,
    bills: monthly('吨', [12.5, 4375], [11, 3850]),
  },
  {
    id: 'power-1',
    kind: 'power',
    body: '040210035',
    holder: '张建国',
    address: HOUSE_1,
    sample: true,
    bills: monthly('度', [236, 11682], [198, 9801]),
  },
  {
    id: 'gas-1',
    kind: 'gas',
    body: '3302187',
    holder: '张建国',
    address: HOUSE_1,
    sample: true,
    bills: monthly('立方米', [31, 6851], [27, 5967]),
  },
  {
    id: 'heating-1',
    kind: 'heating',
    body: '20250186',
    holder: '张建国',
    address: HOUSE_1,
    sample: true,
    bills: heating(86.5, 198950),
  },
  {
    id: 'water-2',
    kind: 'water',
    body: '150204002',
    holder: '李秀兰',
    address: HOUSE_2,
    sample: true,
    bills: monthly('吨', [8, 2800], [7.5, 2625]),
  },
  {
    id: 'power-2',
    kind: 'power',
    body: '040210036',
    holder: '李秀兰',
    address: HOUSE_2,
    sample: true,
    bills: monthly('度', [120, 5940], [104, 5148]),
  },
  {
    id: 'heating-2',
    kind: 'heating',
    body: '20250187',
    holder: '李秀兰',
    address: HOUSE_2,
    sample: true,
    bills: heating(62, 142600),
  },
  {
    id: 'water-3',
    kind: 'water',
    body: '150204003',
    holder: '王芳',
    address: HOUSE_3,
    sample: true,
    bills: monthly('吨', [9, 3150], [10, 3500]),
  },
  {
    id: 'gas-3',
    kind: 'gas',
    body: '3302188',
    holder: '王芳',
    address: HOUSE_3,
    sample: true,
    bills: monthly('立方米', [22, 4862], [25, 5525]),
  },
]

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
      const phone = PHONE_OF[account.holder] ?? ''
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
