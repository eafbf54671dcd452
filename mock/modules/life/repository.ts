import { arg, compiledReader } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'

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

/** A receipt's payment with its bill and account, and whether the reader has the account bound. */
export interface ReceiptRows {
  payment: PaymentRow
  bill: BillRow
  account: AccountRow
  bound: boolean
}

export function createUtilityRepo(sql: Sql) {
  const accounts = () => sql.selectFrom('utility_accounts').selectAll()
  const boundTo = (userId: string) =>
    sql
      .selectFrom('utility_accounts as a')
      .innerJoin('utility_bindings as b', (join) =>
        join.onRef('b.account_id', '=', 'a.id').on('b.user_id', '=', userId),
      )
      .selectAll('a')
  const bills = () =>
    sql
      .selectFrom('utility_bills as b')
      .leftJoin('utility_payments as p', 'p.bill_id', 'b.id')
      .select([
        'b.id',
        'b.account_id',
        'b.period',
        'b.description',
        'b.amount_cents',
        'b.due_date',
        'p.id as payment_id',
      ])
  const boundOne = compiledReader(sql, boundTo(arg(0)).where('a.id', '=', arg(1)))
  const boundAll = compiledReader(sql, boundTo(arg(0)).orderBy('b.created_at').orderBy('a.id'))
  const billsOfAccount = compiledReader(
    sql,
    bills().where('b.account_id', '=', arg(0)).orderBy('b.period', 'desc'),
  )
  // The bills of every account the user has bound, for the list of accounts (not a read per account).
  const billsOfBound = compiledReader(
    sql,
    bills()
      .innerJoin('utility_bindings as ub', (join) =>
        join.onRef('ub.account_id', '=', 'b.account_id').on('ub.user_id', '=', arg(0)),
      )
      .orderBy('b.period', 'desc'),
  )
  const receipt = compiledReader(
    sql,
    sql
      .selectFrom('utility_payments as p')
      .innerJoin('utility_bills as b', 'b.id', 'p.bill_id')
      .innerJoin('utility_accounts as a', 'a.id', 'b.account_id')
      .select([
        'p.id',
        'p.bill_id',
        'p.user_id',
        'p.amount_cents',
        'p.receipt_no',
        'p.channel',
        'p.paid_at',
        'b.account_id',
        'b.period',
        'b.description',
        'b.amount_cents as bill_cents',
        'b.due_date',
        'a.kind',
        'a.number',
        'a.holder',
        'a.address',
        'a.phone',
      ])
      .select(({ exists, selectFrom }) =>
        exists(
          selectFrom('utility_bindings as ub')
            .select('ub.account_id')
            .whereRef('ub.account_id', '=', 'a.id')
            .where('ub.user_id', '=', arg(1)),
        ).as('bound'),
      )
      .where('p.id', '=', arg(0)),
  )
  const count = async (query: Promise<{ n: string | number | bigint } | undefined>) =>
    Number((await query)?.n ?? 0)
  const failures = () =>
    sql.selectFrom('utility_bind_failures').select((eb) => eb.fn.countAll().as('n'))
  return {
    findByNumber: (kind: string, number: string) =>
      accounts()
        .where('kind', '=', kind)
        .where('number', '=', number)
        .executeTakeFirst() as Promise<AccountRow | undefined>,
    boundAccount: async (userId: string, accountId: string) =>
      (await boundOne(userId, accountId))[0] as AccountRow | undefined,
    boundAccounts: (userId: string) => boundAll(userId) as Promise<AccountRow[]>,
    /** The bills of every account the user has bound, newest period first. */
    billsOfBound: (userId: string) => billsOfBound(userId) as Promise<BillRow[]>,
    account: (id: string) =>
      accounts().where('id', '=', id).executeTakeFirst() as Promise<AccountRow | undefined>,
    bind: async (userId: string, accountId: string, at: string) => {
      await sql
        .insertInto('utility_bindings')
        .values({ user_id: userId, account_id: accountId, created_at: at })
        .onConflict((conflict) => conflict.doNothing())
        .execute()
    },
    bindFailuresSince: (q: { userId: string; since: string }) =>
      count(
        failures().where('user_id', '=', q.userId).where('at', '>', q.since).executeTakeFirst(),
      ),
    bindFailuresOfAccountSince: (q: { key: string; since: string }) =>
      count(
        failures().where('account_key', '=', q.key).where('at', '>', q.since).executeTakeFirst(),
      ),
    recordBindFailure: async (failure: { userId: string; key: string; at: string }) => {
      await sql
        .insertInto('utility_bind_failures')
        .values({ user_id: failure.userId, account_key: failure.key, at: failure.at })
        .execute()
    },
    unbind: async (userId: string, accountId: string) => {
      await sql
        .deleteFrom('utility_bindings')
        .where('user_id', '=', userId)
        .where('account_id', '=', accountId)
        .execute()
    },
    bills: (accountId: string) => billsOfAccount(accountId) as Promise<BillRow[]>,
    bill: (id: string) =>
      bills().where('b.id', '=', id).executeTakeFirst() as Promise<BillRow | undefined>,
    /** One payment per bill (a unique index): false when another payment got there first. */
    insertPayment: async (row: PaymentRow) => {
      const result = await sql
        .insertInto('utility_payments')
        .values(row)
        .onConflict((conflict) => conflict.column('bill_id').doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1
    },
    payment: (id: string) =>
      sql
        .selectFrom('utility_payments')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst() as Promise<PaymentRow | undefined>,
    /** A payment with its bill and account, and whether `userId` has that account bound. */
    receipt: async (id: string, userId: string): Promise<ReceiptRows | undefined> => {
      const row = (await receipt(id, userId))[0]
      if (!row) return undefined
      return {
        payment: {
          id: row.id,
          bill_id: row.bill_id,
          user_id: row.user_id,
          amount_cents: row.amount_cents,
          receipt_no: row.receipt_no,
          channel: row.channel as PaymentRow['channel'],
          paid_at: row.paid_at,
        },
        bill: {
          id: row.bill_id,
          account_id: row.account_id,
          period: row.period,
          description: row.description,
          amount_cents: row.bill_cents,
          due_date: row.due_date,
          payment_id: row.id,
        },
        account: {
          id: row.account_id,
          kind: row.kind as AccountRow['kind'],
          number: row.number,
          holder: row.holder,
          address: row.address,
          phone: row.phone,
        },
        bound: Boolean(row.bound),
      }
    },
    paymentOfBill: (billId: string) =>
      sql
        .selectFrom('utility_payments')
        .selectAll()
        .where('bill_id', '=', billId)
        .executeTakeFirst() as Promise<PaymentRow | undefined>,
  }
}

export type UtilityRepo = ReturnType<typeof createUtilityRepo>
