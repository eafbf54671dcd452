import type { Db } from '../../db/sqlite'

export interface AccountRow {
  id: string
  kind: 'water' | 'power' | 'gas' | 'heating'
  number: string
  holder: string
  address: string
  phone: string
}

export interface BillRow {
  id: string
  account_id: string
  period: string
  description: string
  amount_cents: number
  due_date: string
  payment_id: string | null
}

export interface PaymentRow {
  id: string
  bill_id: string
  user_id: string
  amount_cents: number
  receipt_no: string
  channel: 'sandbox'
  paid_at: string
}

const BILL_COLUMNS = `b.id, b.account_id, b.period, b.description, b.amount_cents, b.due_date,
  p.id AS payment_id`

export function createUtilityRepo(db: Db) {
  const byNumber = db.prepare<[string, string], AccountRow>(
    'SELECT * FROM utility_accounts WHERE kind = ? AND number = ?',
  )
  const bound = db.prepare<[string, string], AccountRow>(`
    SELECT a.* FROM utility_accounts a
    JOIN utility_bindings b ON b.account_id = a.id AND b.user_id = ?
    WHERE a.id = ?`)
  const boundOfUser = db.prepare<[string], AccountRow>(`
    SELECT a.* FROM utility_accounts a JOIN utility_bindings b ON b.account_id = a.id
    WHERE b.user_id = ? ORDER BY b.created_at, a.id`)
  const failures = db.prepare<[{ userId: string; since: string }], number>(
    'SELECT COUNT(*) FROM utility_bind_failures WHERE user_id = @userId AND at > @since',
  )
  const accountFailures = db.prepare<[{ key: string; since: string }], number>(
    'SELECT COUNT(*) FROM utility_bind_failures WHERE account_key = @key AND at > @since',
  )
  const fail = db.prepare<[{ userId: string; key: string; at: string }]>(
    'INSERT INTO utility_bind_failures (user_id, account_key, at) VALUES (@userId, @key, @at)',
  )
  const bind = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO utility_bindings (user_id, account_id, created_at) VALUES (?, ?, ?)',
  )
  const unbind = db.prepare<[string, string]>(
    'DELETE FROM utility_bindings WHERE user_id = ? AND account_id = ?',
  )
  const bills = db.prepare<[string], BillRow>(`
    SELECT ${BILL_COLUMNS} FROM utility_bills b LEFT JOIN utility_payments p ON p.bill_id = b.id
    WHERE b.account_id = ? ORDER BY b.period DESC`)
  const bill = db.prepare<[string], BillRow>(`
    SELECT ${BILL_COLUMNS} FROM utility_bills b LEFT JOIN utility_payments p ON p.bill_id = b.id
    WHERE b.id = ?`)
  const insertPayment = db.prepare<[PaymentRow]>(`
    INSERT INTO utility_payments (id, bill_id, user_id, amount_cents, receipt_no, channel, paid_at)
    VALUES (@id, @bill_id, @user_id, @amount_cents, @receipt_no, @channel, @paid_at)`)
  const payment = db.prepare<[string], PaymentRow>('SELECT * FROM utility_payments WHERE id = ?')
  const paymentOfBill = db.prepare<[string], PaymentRow>(
    'SELECT * FROM utility_payments WHERE bill_id = ?',
  )
  const account = db.prepare<[string], AccountRow>('SELECT * FROM utility_accounts WHERE id = ?')

  return {
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    findByNumber: (kind: string, number: string) => byNumber.get(kind, number),
    boundAccount: (userId: string, accountId: string) => bound.get(userId, accountId),
    boundAccounts: (userId: string) => boundOfUser.all(userId),
    account: (id: string) => account.get(id),
    bind: (userId: string, accountId: string, at: string) => bind.run(userId, accountId, at),
    bindFailuresSince: (q: { userId: string; since: string }) => failures.pluck().get(q) ?? 0,
    bindFailuresOfAccountSince: (q: { key: string; since: string }) =>
      accountFailures.pluck().get(q) ?? 0,
    recordBindFailure: (failure: { userId: string; key: string; at: string }) => {
      fail.run(failure)
    },
    unbind: (userId: string, accountId: string) => unbind.run(userId, accountId),
    bills: (accountId: string) => bills.all(accountId),
    bill: (id: string) => bill.get(id),
    insertPayment: (row: PaymentRow) => insertPayment.run(row),
    payment: (id: string) => payment.get(id),
    paymentOfBill: (billId: string) => paymentOfBill.get(billId),
  }
}

export type UtilityRepo = ReturnType<typeof createUtilityRepo>
