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
    boundAccount: (userId: string, accountId: string) =>
      boundTo(userId).where('a.id', '=', accountId).executeTakeFirst() as Promise<
        AccountRow | undefined
      >,
    boundAccounts: (userId: string) =>
      boundTo(userId).orderBy('b.created_at').orderBy('a.id').execute() as Promise<AccountRow[]>,
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
    bills: (accountId: string) =>
      bills()
        .where('b.account_id', '=', accountId)
        .orderBy('b.period', 'desc')
        .execute() as Promise<BillRow[]>,
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
    paymentOfBill: (billId: string) =>
      sql
        .selectFrom('utility_payments')
        .selectAll()
        .where('bill_id', '=', billId)
        .executeTakeFirst() as Promise<PaymentRow | undefined>,
  }
}

export type UtilityRepo = ReturnType<typeof createUtilityRepo>
