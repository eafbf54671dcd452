// 生活缴费 as the fake backend answers it: the seed's 张建国 water account, one bill per month,
// a sandbox payment that refuses a second payment of the same bill.
import type { Bill, Receipt, UtilityAccount } from '../../../src/services/contract'
import { accountNumber, UTILITY_SEED } from '../../../mock/modules/life/seed'
import type { ApiRequest, RouteTable } from './server'

function seedOf(id: string) {
  const found = UTILITY_SEED.find((a) => a.id === id)
  if (!found) throw new Error(`the utility seed has no ${id}`)
  return found
}
const waterSeed = seedOf('water-1')

export const WATER_NUMBER = accountNumber(waterSeed)
/** The same number with its check digit off by one. */
export const WATER_TYPO = WATER_NUMBER.slice(0, -1) + ((Number(WATER_NUMBER.slice(-1)) + 1) % 10)

const account = (bills: readonly Bill[]): UtilityAccount => {
  const unpaid = bills.filter((b) => b.status === 'unpaid')
  return {
    id: 'water-1',
    kind: 'water',
    kindName: '水费',
    company: '包头市水务（集团）有限公司',
    number: WATER_NUMBER,
    holder: '张**',
    address: waterSeed.address,
    unpaidCents: unpaid.reduce((s, b) => s + b.amountCents, 0),
    unpaidCount: unpaid.length,
    sample: true,
  }
}

const field = (req: ApiRequest, name: string) => (req.body as Record<string, unknown>)[name]

export function lifeRoutes(): RouteTable {
  let bound = false
  const bills: Bill[] = waterSeed.bills.map((b) => ({
    id: `water-1-${b.period}`,
    accountId: 'water-1',
    period: b.period,
    description: b.description,
    amountCents: b.amountCents,
    dueDate: b.dueDate,
    status: 'unpaid',
    paymentId: null,
    sample: true,
  }))
  const receipts: Receipt[] = []
  const missing = { status: 404, error: { code: 'NOT_FOUND', message: '没有找到该户号' } }
  return {
    'GET /api/v1/utilities/accounts': () => ({
      status: 200,
      data: { items: bound ? [account(bills)] : [] },
    }),
    'POST /api/v1/utilities/accounts': (req) => {
      if (field(req, 'number') !== WATER_NUMBER) return missing
      bound = true
      return { status: 200, data: account(bills) }
    },
    'GET /api/v1/utilities/accounts/:id/bills': (req) =>
      req.params.id === 'water-1'
        ? { status: 200, data: { account: account(bills), items: [...bills].reverse() } }
        : missing,
    'POST /api/v1/utilities/payments': (req) => {
      const bill = bills.find((b) => b.id === field(req, 'billId'))
      if (!bill) return missing
      if (bill.status === 'paid') {
        return {
          status: 409,
          error: { code: 'BILL_ALREADY_PAID', message: '该账单已缴清，无需重复缴费' },
        }
      }
      const receipt: Receipt = {
        id: `pay-${receipts.length + 1}`,
        receiptNo: 'SBX20260302ABCDEF12',
        billId: bill.id,
        kindName: '水费',
        company: '包头市水务（集团）有限公司',
        accountNumber: WATER_NUMBER,
        holder: '张**',
        period: bill.period,
        sample: true,
        amountCents: bill.amountCents,
        channel: 'sandbox',
        paidAt: '2026-03-02T01:00:00.000Z',
      }
      receipts.push(receipt)
      bill.status = 'paid'
      bill.paymentId = receipt.id
      return { status: 200, data: receipt }
    },
    'GET /api/v1/utilities/payments/:id': (req) => {
      const receipt = receipts.find((r) => r.id === req.params.id)
      return receipt ? { status: 200, data: receipt } : missing
    },
  }
}
