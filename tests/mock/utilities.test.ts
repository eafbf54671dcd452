import { luhnCheckDigit } from '../../src/services/contract'
import type { BillList, Receipt, UtilityAccount } from '../../src/services/contract'
import { UTILITY_SEED, accountNumber } from '../../mock/modules/life/seed'
import { statementsOf } from './cases/statements'
import { authed, json, login, testApp, type ErrorJson } from './helpers'

const { app } = testApp()
let zhang: string
let other: string
beforeAll(async () => {
  zhang = await login(app, 'dev:utility-zhang')
  other = await login(app, 'dev:utility-other')
})
afterAll(() => app.close())

const number = (id: string) => {
  const seed = UTILITY_SEED.find((a) => a.id === id)
  if (!seed) throw new Error(id)
  return accountNumber(seed)
}
let keyCounter = 0
/** `holderCheck`: what only the household knows, the holder's surname or the phone's last 4. */
const bind = (token: string, kind: string, no: string, holderCheck = '张') =>
  app.inject(
    authed(token, {
      method: 'POST',
      url: '/api/v1/utilities/accounts',
      payload: { kind, number: no, holderCheck },
      headers: { 'idempotency-key': `bind-key-${++keyCounter}` },
    }),
  )
const pay = (token: string, billId: string, key = `pay-key-${++keyCounter}`) =>
  app.inject(
    authed(token, {
      method: 'POST',
      url: '/api/v1/utilities/payments',
      payload: { billId },
      headers: { 'idempotency-key': key },
    }),
  )
const get = (token: string, url: string) => app.inject(authed(token, { method: 'GET', url }))

test('bad account numbers are refused with the reason', async () => {
  const cases: [string, string, string][] = [
    ['water', '15020400', '户号应为10位数字，您填了8位'],
    ['water', '15020400A1', '户号只能是数字，请照缴费通知单填写'],
    [
      'water',
      number('water-1').slice(0, 9) + String((Number(number('water-1').slice(-1)) + 1) % 10),
      '户号最后一位校验码不正确，请核对是否输错',
    ],
    ['gas', number('water-1'), '户号应为8位数字，您填了10位'],
  ]
  for (const [kind, no, message] of cases) {
    const res = await bind(zhang, kind, no)
    expect(res.statusCode).toBe(400)
    expect(json<ErrorJson>(res).error.fields?.number).toBe(message)
  }
  const body = '150204999'
  const unknown = await bind(zhang, 'water', body + luhnCheckDigit(body))
  // An unknown number reads like a wrong answer, so nobody can list which 户号 exist.
  expect(unknown.statusCode).toBe(400)
  expect(json<ErrorJson>(unknown).error.fields?.holderCheck).toContain('户号、户主的姓')
})

test('bind, see the bill, pay once; paying the same bill again is refused', async () => {
  const bound = await bind(zhang, 'heating', number('heating-1'))
  expect(bound.statusCode).toBe(200)
  const account = json<{ data: UtilityAccount }>(bound).data
  expect(account).toMatchObject({
    kindName: '暖气费',
    holder: '张**',
    // Neighbours must not learn who lives behind which door.
    address: '青山区幸福路街道 幸福南路12号楼3单元***',
    unpaidCount: 1,
    unpaidCents: 198950,
  })
  // Binding again answers the same account, not a second one.
  await bind(zhang, 'heating', number('heating-1'))
  const list = json<{ data: { items: UtilityAccount[] } }>(
    await get(zhang, '/api/v1/utilities/accounts'),
  )
  expect(list.data.items.map((a) => a.id)).toEqual(['heating-1'])

  const bills = json<{ data: BillList }>(
    await get(zhang, `/api/v1/utilities/accounts/${account.id}/bills`),
  ).data
  expect(bills.account.address).not.toContain('501')
  const [bill] = bills.items
  expect(bill).toMatchObject({ period: '2025-2026', status: 'unpaid', amountCents: 198950 })

  const paid = await pay(zhang, bill!.id)
  expect(paid.statusCode).toBe(201)
  const receipt = json<{ data: Receipt }>(paid).data
  expect(receipt).toMatchObject({ channel: 'sandbox', amountCents: 198950, period: '2025-2026' })
  expect(receipt.receiptNo).toMatch(/^SBX20260302[0-9A-F]{8}$/)

  const again = await pay(zhang, bill!.id)
  expect(again.statusCode).toBe(409)
  expect(json<ErrorJson>(again).error).toMatchObject({ code: 'BILL_ALREADY_PAID' })
  expect(json<ErrorJson>(again).error.message).toContain(receipt.receiptNo)

  const after = json<{ data: BillList }>(
    await get(zhang, `/api/v1/utilities/accounts/${account.id}/bills`),
  ).data
  expect(after.items[0]).toMatchObject({ status: 'paid', paymentId: receipt.id })
  expect(after.account.unpaidCents).toBe(0)
  const shown = json<{ data: Receipt }>(
    await get(zhang, `/api/v1/utilities/payments/${receipt.id}`),
  )
  expect(shown.data).toEqual(receipt)
})

test('parallel payments of one bill with different keys: exactly one succeeds', async () => {
  expect((await bind(zhang, 'water', number('water-2'), '李')).statusCode).toBe(200)
  const answers = await Promise.all(
    Array.from({ length: 6 }, (_, i) => pay(zhang, 'water-2-2026-01', `parallel-pay-${i}`)),
  )
  expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409])
})

test('a retry with the same key replays the receipt instead of refusing', async () => {
  expect((await bind(zhang, 'gas', number('gas-1'))).statusCode).toBe(200)
  const first = await pay(zhang, 'gas-1-2026-01', 'retry-key-0001')
  const retry = await pay(zhang, 'gas-1-2026-01', 'retry-key-0001')
  expect(retry.statusCode).toBe(201)
  expect(retry.body).toBe(first.body)
})

test("another user's accounts, bills and receipts stay out of reach", async () => {
  const bills = await get(other, '/api/v1/utilities/accounts/heating-1/bills')
  expect(bills.statusCode).toBe(404)
  expect((await pay(other, 'power-1-2026-02')).statusCode).toBe(404)
  const receipt = json<{ data: Receipt }>(await pay(zhang, 'gas-1-2026-02')).data
  expect((await get(other, `/api/v1/utilities/payments/${receipt.id}`)).statusCode).toBe(404)
  expect((await pay(zhang, '../../etc/passwd')).statusCode).toBe(404)
})

test('unbinding hides the account; bills of it can no longer be paid', async () => {
  // The last 4 digits of the phone the household registered answer the question too.
  expect((await bind(other, 'water', number('water-3'), '0303')).statusCode).toBe(200)
  const res = await app.inject(
    authed(other, { method: 'DELETE', url: '/api/v1/utilities/accounts/water-3' }),
  )
  expect(res.statusCode).toBe(200)
  expect((await pay(other, 'water-3-2026-01')).statusCode).toBe(404)
})

test('a 户号 binds only with the holder’s surname or the phone’s last 4, said in words', async () => {
  const wrongFormat = await bind(other, 'power', number('power-2'), 'Li')
  expect(wrongFormat.statusCode).toBe(400)
  expect(json<ErrorJson>(wrongFormat).error.fields?.holderCheck).toBe(
    '请填写户主的姓（如“张”），或开户时登记手机号的后4位',
  )
  const wrong = await bind(other, 'power', number('power-2'), '张')
  expect(wrong.statusCode).toBe(400)
  expect(json<ErrorJson>(wrong).error).toMatchObject({
    code: 'HOLDER_CHECK_FAILED',
    fields: { holderCheck: '户号、户主的姓或手机号后4位与开户登记不一致，请对照缴费通知单核对' },
  })
  const right = await bind(other, 'power', number('power-2'), '李')
  expect(right.statusCode).toBe(200)
  expect(json<{ data: UtilityAccount }>(right).data.holder).toBe('李**')
})

test('the household reads a receipt another member paid; lists and receipts read no statement per row', async () => {
  const household = await login(app, 'dev:utility-household')
  const accounts = () => get(household, '/api/v1/utilities/accounts')
  expect((await bind(household, 'gas', number('gas-1'))).statusCode).toBe(200)
  const forOne = await statementsOf(accounts)
  expect((await bind(household, 'water', number('water-2'), '李')).statusCode).toBe(200)
  let listed: UtilityAccount[] = []
  const forTwo = await statementsOf(async () => {
    listed = json<{ data: { items: UtilityAccount[] } }>(await accounts()).data.items
  })
  expect(forTwo).toBe(forOne)
  const { items } = json<{ data: BillList }>(
    await get(household, '/api/v1/utilities/accounts/gas-1/bills'),
  ).data
  expect(listed.find((a) => a.id === 'gas-1')?.unpaidCount).toBe(
    items.filter((b) => b.status === 'unpaid').length,
  )
  const paymentId = items.find((b) => b.paymentId !== null)?.paymentId ?? ''
  const url = `/api/v1/utilities/payments/${paymentId}`
  let shown: Receipt | undefined
  const forReceipt = await statementsOf(async () => {
    shown = json<{ data: Receipt }>(await get(household, url)).data
  })
  expect(shown).toEqual(json<{ data: Receipt }>(await get(zhang, url)).data)
  if (forOne !== null) expect([forOne, forReceipt]).toEqual([3, 2])
})
