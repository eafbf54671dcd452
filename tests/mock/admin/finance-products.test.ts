// 管理后台 › 银行产品: edits are checked (amounts, rates, terms), audited, and what the mini program
// lists and accepts changes at once.
import type {
  AdminLoanProduct,
  AdminLoanProductList,
  ConsoleAuditPage,
  LoanProductInput,
  LoanProduct,
} from '../../../src/services/contract'
import { authed, json, login, testApp } from '../helpers'
import { admin } from './content-support'

const { app } = testApp()
let token = ''
let resident = ''
beforeAll(async () => {
  await app.ready()
  token = await login(app, 'dev:admin-1')
  resident = await login(app, 'dev:finance-console-reader')
})
afterAll(() => app.close())

const PRODUCT = 'abc-tax-credit'
const call = <T>(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  admin<T>(app, token, method, url, payload)
const listed = async () => {
  const res = await app.inject(authed(resident, { method: 'GET', url: '/api/v1/finance/products' }))
  return json<{ data: { items: LoanProduct[] } }>(res).data.items
}
const edited = async (change: Partial<LoanProductInput>) => {
  const { data } = await call<AdminLoanProductList>('GET', '/api/v1/admin/finance/products')
  const found = data.items.find((p) => p.product.id === PRODUCT)
  if (!found) throw new Error('seeded product missing')
  const { id: _id, bank: _bank, ...terms } = found.product
  return call<AdminLoanProduct>('PUT', `/api/v1/admin/finance/products/${PRODUCT}`, {
    ...terms,
    ...change,
  })
}

test('lists every product with its bank, on shelf, still marked 示例', async () => {
  const { data } = await call<AdminLoanProductList>('GET', '/api/v1/admin/finance/products')
  expect(data.items.length).toBeGreaterThanOrEqual(4)
  expect(data.items.every((p) => p.sample && p.onShelf && p.editedAt === null)).toBe(true)
  expect(data.items.find((p) => p.product.id === PRODUCT)?.product.bank).toBe(
    '中国农业银行包头青山支行',
  )
})

test.each([
  ['amounts upside down', { amountMin: 300, amountMax: 10 }, /最低额度300万元高于最高额度10万元/],
  ['a zero minimum', { amountMin: 0 }, /最低额度应大于0万元/],
  ['an amount in 元 not 万元', { amountMax: 3_000_000 }, /最高额度不能超过100000万元，请核对单位/],
  ['a usurious rate', { rateText: '年化约30%' }, /利率应在0%到24%之间/],
  ['a rate range upside down', { rateText: '年化约4.5%–3.3%' }, /利率区间的下限高于上限/],
  ['a rate without a number', { rateText: '优惠利率' }, /利率说明应写明年化利率/],
  ['a term of 50 years', { termText: '最长50年' }, /贷款期限应在30年以内/],
  ['a term without a length', { termText: '长期' }, /期限说明应写明年限或月数/],
  ['no conditions', { conditions: [] }, /请至少填写一条申请条件/],
])('%s is refused with a specific message', async (_case, change, message) => {
  const answer = await edited(change)
  expect(answer.status).toBe(400)
  expect(answer.error?.code).toBe('LOAN_PRODUCT_INVALID')
  expect(answer.error?.message).toMatch(message)
})

test('malformed edits get the contract’s messages; nothing refused was stored or audited', async () => {
  const text = await edited({ amountMin: '10' as unknown as number })
  expect(text.status).toBe(400)
  const name = await edited({ name: '贷'.repeat(41) })
  expect(name.error?.fields?.name).toMatch(/产品名称不能超过40个字/)
  const kind = await edited({ kind: 'payday' as LoanProductInput['kind'] })
  expect(kind.error?.fields?.kind).toMatch(/请选择贷款类型/)
  const missing = await call('PUT', '/api/v1/admin/finance/products/no-such', {})
  expect(missing.status).toBe(400)
  const audit = await call<ConsoleAuditPage>('GET', '/api/v1/admin/audit?area=loan_product')
  expect(audit.data.total).toBe(0)
})

test('an edit shows in the mini program at once and is audited with before and after', async () => {
  const answer = await edited({
    rateText: '年化约3.0%–4.0%',
    amountMax: 350,
    termText: '1年，可随借随还',
  })
  expect(answer.status).toBe(200)
  expect(answer.data).toMatchObject({ sample: true, editedAt: expect.any(String) })
  expect((await listed()).find((p) => p.id === PRODUCT)).toMatchObject({
    rateText: '年化约3.0%–4.0%',
    amountMax: 350,
  })
  const audit = await call<ConsoleAuditPage>('GET', '/api/v1/admin/audit?area=loan_product')
  expect(audit.data.items[0]).toMatchObject({
    action: 'loan_product.updated',
    target: { kind: 'loan_product', id: PRODUCT },
    before: expect.objectContaining({ rateText: '年化约3.3%–4.5%', amountMax: 300 }),
    after: expect.objectContaining({ rateText: '年化约3.0%–4.0%', amountMax: 350 }),
  })
})

test('off shelf: gone from the list, no new applications; back on shelf: listed again', async () => {
  const off = await call<AdminLoanProduct>(
    'POST',
    `/api/v1/admin/finance/products/${PRODUCT}/off-shelf`,
    { reason: '银行暂停该产品' },
  )
  expect(off.data.onShelf).toBe(false)
  expect((await listed()).map((p) => p.id)).not.toContain(PRODUCT)
  const apply = await app.inject(
    authed(resident, {
      method: 'POST',
      url: '/api/v1/finance/applications',
      headers: { 'idempotency-key': crypto.randomUUID() },
      payload: {
        productId: PRODUCT,
        amount: '50',
        purpose: '采购原材料和支付员工工资',
        materialsReady: 'yes',
      },
    }),
  )
  expect(apply.statusCode).toBe(409)
  expect(json<{ error: { code: string } }>(apply).error.code).toBe('LOAN_PRODUCT_OFF_SHELF')
  const twice = await call('POST', `/api/v1/admin/finance/products/${PRODUCT}/off-shelf`, {
    reason: '再次下架',
  })
  expect(twice.error?.code).toBe('LOAN_PRODUCT_SHELF_UNCHANGED')

  await call('POST', `/api/v1/admin/finance/products/${PRODUCT}/on-shelf`, { reason: '银行恢复' })
  expect((await listed()).map((p) => p.id)).toContain(PRODUCT)
  const audit = await call<ConsoleAuditPage>('GET', '/api/v1/admin/audit?area=loan_product')
  expect(audit.data.items.map((r) => r.action).slice(0, 2)).toEqual([
    'loan_product.on_shelf',
    'loan_product.off_shelf',
  ])
})
