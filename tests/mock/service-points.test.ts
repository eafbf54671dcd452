import type { FastifyInstance } from 'fastify'
import * as z from 'zod/mini'
import { ServicePoint, type ServicePoint as Point } from '../../src/services/contract'
import { statementsOf } from './cases/statements'
import { authed, json, login, testApp, type ErrorJson } from './helpers'

type ListJson = { data: { items: Point[] } }

describe('service points', () => {
  let app: FastifyInstance
  let token: string
  beforeAll(async () => {
    app = testApp().app
    token = await login(app)
  })
  afterAll(() => app.close())

  const list = (query: Record<string, string> = {}) =>
    app.inject(authed(token, { method: 'GET', url: '/api/v1/service-points', query }))
  const names = async (query: Record<string, string>) =>
    json<ListJson>(await list(query)).data.items.map((p) => p.name)

  it('lists the 9 points of the article, each valid by the contract', async () => {
    const { items } = json<ListJson>(await list()).data
    expect(items.map((p) => p.name)).toEqual([
      '青山区政务服务中心',
      '幸福路街道便民服务中心',
      '自由路街道便民服务中心',
      '乌素图街道育新社区便民服务站',
      '青福镇万郡社区便民服务站',
      '万达广场政务便民服务点',
      '正翔商圈政务便民服务点',
      '中国农业银行青山支行（政银合作示范点）',
      '华夏银行包头分行（政银合作服务网点）',
    ])
    for (const point of items) {
      expect(z.safeParse(ServicePoint, point).success).toBe(true)
      expect(point.phone).toMatch(/^0472-\d{7}$/)
      expect(point.latitude).toBeGreaterThan(40.64)
      expect(point.latitude).toBeLessThan(40.68)
      expect(point.longitude).toBeGreaterThan(109.82)
      expect(point.longitude).toBeLessThan(109.92)
      expect(point.address).toMatch(/^包头市青山区/)
    }
    const center = items[0]
    expect(center?.hours.find((d) => d.weekday === 1)?.spans).toEqual([
      { open: '09:00', close: '12:00' },
      { open: '13:30', close: '17:30' },
    ])
    expect(center?.hours.some((d) => d.weekday >= 6)).toBe(false)
    expect(items.find((p) => p.kind === 'mall')?.hours.some((d) => d.weekday === 7)).toBe(true)
  })

  it('searches names, streets, addresses and features', async () => {
    expect(await names({ q: '幸福路' })).toContain('幸福路街道便民服务中心')
    expect(await names({ q: '政银合作' })).toEqual([
      '青山区政务服务中心',
      '中国农业银行青山支行（政银合作示范点）',
      '华夏银行包头分行（政银合作服务网点）',
    ])
    expect(await names({ q: '呼得木林大街' })).toEqual(['中国农业银行青山支行（政银合作示范点）'])
    expect(await names({ q: '网络通信' })).toEqual(['青山区政务服务中心'])
    expect(await names({ q: '   ' })).toHaveLength(9)
  })

  it('filters by kind, alone or with a search', async () => {
    expect(await names({ kind: 'mall' })).toEqual([
      '万达广场政务便民服务点',
      '正翔商圈政务便民服务点',
    ])
    expect(await names({ kind: 'community', q: '青福镇' })).toEqual(['青福镇万郡社区便民服务站'])
    const bad = await list({ kind: 'castle' })
    expect(bad.statusCode).toBe(400)
    expect(json<ErrorJson>(bad).error.fields?.kind).toBeDefined()
  })

  it.each(['%', '_', '\\', "' OR 1=1 --", '"; DROP TABLE users; --', '%%_%'])(
    'treats %j literally: no false matches, no error',
    async (q) => {
      const response = await list({ q })
      expect(response.statusCode).toBe(200)
      expect(json<ListJson>(response).data.items).toEqual([])
    },
  )

  it('refuses a search over 30 characters', async () => {
    const response = await list({ q: '青'.repeat(31) })
    expect(response.statusCode).toBe(400)
    expect(json<ErrorJson>(response).error.fields).toEqual({ q: '搜索词不能超过30个字' })
  })

  it('answers one point by id, and 404 in Chinese for an unknown one', async () => {
    const found = await app.inject(
      authed(token, { method: 'GET', url: '/api/v1/service-points/sp-qs-bank-abc' }),
    )
    expect(json<{ data: Point }>(found).data).toMatchObject({
      kind: 'bank',
      features: expect.arrayContaining(['政银合作示范点']),
    })
    const missing = await app.inject(
      authed(token, { method: 'GET', url: '/api/v1/service-points/sp-nowhere' }),
    )
    expect(missing.statusCode).toBe(404)
    expect(json<ErrorJson>(missing).error.message).toMatch(/没有找到该服务网点/)
    const tooLong = await app.inject(
      authed(token, { method: 'GET', url: `/api/v1/service-points/${'a'.repeat(65)}` }),
    )
    expect(tooLong.statusCode).toBe(400)
  })

  it('就近办 and a point’s items read the catalog version once, then nothing while it holds', async () => {
    const get = (url: string) => app.inject(authed(token, { method: 'GET', url }))
    const nearby = '/api/v1/service-points/nearby?latitude=40.65&longitude=109.9'
    const items = '/api/v1/service-points/sp-qs-center/items?pageSize=5'
    const first = [(await get(nearby)).body, (await get(items)).body]
    const again = await statementsOf(async () => {
      expect([(await get(nearby)).body, (await get(items)).body]).toEqual(first)
    })
    // Each: the session, then the catalog version.
    if (again !== null) expect(again).toBe(4)
    expect((await get('/api/v1/service-points/sp-none/items')).statusCode).toBe(404)
  })
})
