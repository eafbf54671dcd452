import type { FastifyInstance } from 'fastify'
import { handItems } from '../../mock/modules/catalog/data'
import { UTILITY_SEED, accountNumber } from '../../mock/modules/life/seed'
import type { BillList, Guide, ItemPage, Lab, UtilityAccount } from '../../src/services/contract'
import { authed, json, login, testApp } from './helpers'

let app: FastifyInstance
let token: string

beforeAll(async () => {
  app = testApp().app
  token = await login(app, 'dev:sample-marks')
})
afterAll(() => app.close())

const get = async <T>(url: string) =>
  json<{ data: T }>(await app.inject(authed(token, { method: 'GET', url }))).data

test('the fictional labs, with their sample CMA numbers and prices, say sample: true', async () => {
  const labs = await get<{ items: Lab[] }>('/api/v1/testing/labs')
  expect(labs.items.length).toBeGreaterThan(0)
  for (const lab of labs.items) expect([lab.id, lab.sample]).toEqual([lab.id, true])
})

test('a fictional household and its bills at made-up tariffs say sample: true', async () => {
  const water = UTILITY_SEED.find((a) => a.id === 'water-1')
  if (!water) throw new Error('water-1 seed')
  const bound = json<{ data: UtilityAccount }>(
    await app.inject(
      authed(token, {
        method: 'POST',
        url: '/api/v1/utilities/accounts',
        payload: { kind: 'water', number: accountNumber(water), holderCheck: '张' },
        headers: { 'idempotency-key': 'sample-bind-1' },
      }),
    ),
  ).data
  expect(bound.sample).toBe(true)
  const bills = await get<BillList>(`/api/v1/utilities/accounts/${bound.id}/bills`)
  expect(bills.account.sample).toBe(true)
  expect(bills.items.map((b) => b.sample)).toEqual(bills.items.map(() => true))
})

test('the generated long tail of the catalog is sample; the hand-written items are not', async () => {
  const hand = new Set(handItems.map((i) => i.id))
  const page = await get<ItemPage>('/api/v1/catalog/items?pageSize=50&page=20')
  const generated = page.items.filter((i) => !hand.has(i.id))
  expect(generated.length).toBeGreaterThan(0)
  expect(generated.every((i) => i.sample)).toBe(true)
  const first = handItems[0]
  if (!first) throw new Error('no hand items')
  const guide = await get<Guide>(`/api/v1/catalog/items/${first.id}`)
  expect(guide.item.sample).toBe(false)
  const sampleGuide = await get<Guide>(`/api/v1/catalog/items/${generated[0]?.id ?? ''}`)
  expect(sampleGuide.item.sample).toBe(true)
})

test('the operators’ plans, at indicative prices, say sample: true', async () => {
  const plans = await get<{ items: { id: string; sample: boolean }[] }>('/api/v1/telecom/plans')
  expect(plans.items.length).toBeGreaterThan(0)
  expect(plans.items.filter((plan) => !plan.sample)).toEqual([])
})
