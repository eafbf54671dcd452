import { beijingDate } from '../../../src/services/contract'
import { randomBytes, randomUUID } from 'node:crypto'
import type { Repos } from '../repositories'
import type { AccountRow, PaymentRow } from './repository'
import { ApiError, notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { accountToBind } from './binding'
import { toAccount, toBill, toReceipt } from './view'
import type { HandlerDeps } from '../deps'

type UtilityKeys =
  | 'GET /api/v1/utilities/accounts'
  | 'POST /api/v1/utilities/accounts'
  | 'DELETE /api/v1/utilities/accounts/:id'
  | 'GET /api/v1/utilities/accounts/:id/bills'
  | 'POST /api/v1/utilities/payments'
  | 'GET /api/v1/utilities/payments/:id'

const NOT_BOUND = '没有找到该户号，请先在“生活缴费”绑定户号'

async function ownAccount(repos: Repos, userId: string, accountId: string): Promise<AccountRow> {
  const account = await repos.utilities.boundAccount(userId, accountId)
  if (!account) throw notFound(NOT_BOUND)
  return account
}

const fen = (cents: number) => (cents / 100).toFixed(2)

const alreadyPaid = (paid: PaymentRow) =>
  new ApiError(
    409,
    'BILL_ALREADY_PAID',
    `该账单已于${beijingDate(new Date(paid.paid_at))}缴清（回执号 ${paid.receipt_no}），无需重复缴费`,
  )

export function utilityHandlers({ repos, sql }: HandlerDeps): Pick<Handlers, UtilityKeys> {
  const u = repos.utilities
  const view = async (row: AccountRow) => toAccount(row, await u.bills(row.id))
  return {
    'GET /api/v1/utilities/accounts': async (_input, ctx) => {
      const [accounts, bills] = await Promise.all([
        u.boundAccounts(ctx.session.userId),
        u.billsOfBound(ctx.session.userId),
      ])
      return {
        items: accounts.map((a) =>
          toAccount(
            a,
            bills.filter((b) => b.account_id === a.id),
          ),
        ),
      }
    },
    // Binding the same number again is not an error: it answers the same account.
    'POST /api/v1/utilities/accounts': async ({ body }, ctx) => {
      const userId = ctx.session.userId
      const account = await accountToBind(repos, sql, userId, body, ctx.now)
      await u.bind(userId, account.id, ctx.now.toISOString())
      return view(account)
    },
    'DELETE /api/v1/utilities/accounts/:id': async ({ params }, ctx) => {
      await u.unbind(ctx.session.userId, params.id)
      return { ok: true }
    },
    'GET /api/v1/utilities/accounts/:id/bills': async ({ params }, ctx) => {
      const account = await ownAccount(repos, ctx.session.userId, params.id)
      const bills = await u.bills(account.id)
      return { account: toAccount(account, bills), items: bills.map(toBill) }
    },
    // The unique payment per bill is the guard: of two payments sent at once, one is stored.
    'POST /api/v1/utilities/payments': async ({ body }, ctx) => {
      const userId = ctx.session.userId
      const bill = await u.bill(body.billId)
      const account = bill && (await u.boundAccount(userId, bill.account_id))
      if (!bill || !account) throw notFound('没有找到该账单，请回到户号的账单列表刷新后重试')
      const paid = await u.paymentOfBill(bill.id)
      if (paid) throw alreadyPaid(paid)
      const payment = {
        id: randomUUID(),
        bill_id: bill.id,
        user_id: userId,
        amount_cents: bill.amount_cents,
        receipt_no: `SBX${beijingDate(ctx.now).replace(/-/g, '')}${randomBytes(4).toString('hex').toUpperCase()}`,
        channel: 'sandbox' as const,
        paid_at: ctx.now.toISOString(),
      }
      if (!(await u.insertPayment(payment))) {
        const first = await u.paymentOfBill(bill.id)
        if (first) throw alreadyPaid(first)
        throw new Error('a payment of the bill was refused and none exists')
      }
      ctx.log.info({ bill: bill.id, amount: fen(bill.amount_cents) }, 'sandbox payment')
      return toReceipt(payment, bill, account)
    },
    // A receipt is shown to whoever paid it or whoever has the account bound (the household).
    'GET /api/v1/utilities/payments/:id': async ({ params }, ctx) => {
      const found = await u.receipt(params.id, ctx.session.userId)
      if (!found || (found.payment.user_id !== ctx.session.userId && !found.bound))
        throw notFound('没有找到该缴费回执')
      return toReceipt(found.payment, found.bill, found.account)
    },
  }
}
