import type { Plan, TelecomOrder } from '../../src/services/contract'
import { authed, json, login, testApp, type ErrorJson } from './helpers'

const { app } = testApp()
let alice: string
let bob: string
beforeAll(async () => {
  alice = await login(app, 'dev:telecom-alice')
  bob = await login(app, 'dev:telecom-bob')
})
afterAll(() => app.close())

const plans = async (query = '') =>
  json<{ data: { items: Plan[] } }>(
    await app.inject(authed(alice, { method: 'GET', url: `/api/v1/telecom/plans${query}` })),
  ).data.items
let keyCounter = 0
const request = (token: string, payload: object, key = `telecom-key-${++keyCounter}`) =>
  app.inject(
    authed(token, {
      method: 'POST',
      url: '/api/v1/telecom/requests',
      payload,
      headers: { 'idempotency-key': key },
    }),
  )

test('plans of the three operators, compared by first-year cost', async () => {
  const home = await plans('?kind=home')
  expect(new Set(home.map((p) => p.operatorName))).toEqual(
    new Set(['中国联通', '中国移动', '中国电信']),
  )
  expect(home.map((p) => p.firstYearYuan)).toEqual([600, 808, 1048])
  expect((await plans()).length).toBe(9)
  const bad = await app.inject(
    authed(alice, { method: 'GET', url: '/api/v1/telecom/plans?kind=5g' }),
  )
  expect(bad.statusCode).toBe(400)
})

test('a handling request is stored once, masked, and only its owner lists it', async () => {
  const payload = {
    planId: 'telecom-line-200',
    contact: '王志强',
    phone: '13847200001',
    address: '青山区青山路与文化路交汇处 示例大厦5楼',
  }
  const [first, retry] = await Promise.all([
    request(alice, payload, 'same-telecom-key'),
    request(alice, payload, 'same-telecom-key'),
  ])
  expect(first.statusCode).toBe(201)
  expect(retry.body).toBe(first.body)
  const order = json<{ data: TelecomOrder }>(first).data
  expect(order).toMatchObject({
    planName: '电信200M互联网专线',
    contact: '王**',
    phone: '138****0001',
  })
  expect(order.refNo).toMatch(/^TX20260302[0-9A-F]{6}$/)

  const mine = json<{ data: { items: TelecomOrder[] } }>(
    await app.inject(authed(alice, { method: 'GET', url: '/api/v1/telecom/requests' })),
  ).data.items
  expect(mine.map((o) => o.id)).toEqual([order.id])
  const others = json<{ data: { items: TelecomOrder[] } }>(
    await app.inject(authed(bob, { method: 'GET', url: '/api/v1/telecom/requests' })),
  ).data.items
  expect(others).toEqual([])
})

test('bad input is refused in words', async () => {
  const res = await request(alice, { planId: 'nope', contact: '', phone: '12345', address: '' })
  expect(res.statusCode).toBe(400)
  const fields = json<ErrorJson>(res).error.fields ?? {}
  expect(fields.contact).toBe('请填写联系人姓名')
  expect(fields.address).toBe('请填写安装地址')
  expect(fields.phone).toBeDefined()
  const unknown = await request(alice, {
    planId: 'nope',
    contact: '王志强',
    phone: '13847200001',
    address: '青山区幸福路',
  })
  expect(json<ErrorJson>(unknown).error.fields?.planId).toBe('没有这个套餐，请返回比价页重新选择')
})
