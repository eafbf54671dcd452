import type { FastifyInstance } from 'fastify'
import type {
  Bundle,
  Facets,
  Guide,
  ItemPage,
  NearbyResult,
  SearchResult,
} from '../../../src/services/contract'
import type { Sql } from '../../../mock/db/engine'
import { authed, json, login, testApp, type ErrorJson } from '../helpers'

let app: FastifyInstance
let sql: Sql
let token: string

beforeAll(async () => {
  ;({ app, sql } = testApp())
  token = await login(app)
})
afterAll(() => app.close())

const get = async <T>(url: string, as = token) => {
  const res = await app.inject(authed(as, { method: 'GET', url }))
  return {
    status: res.statusCode,
    body: json<{ data: T }>(res).data,
    error: json<ErrorJson>(res).error,
  }
}

describe('catalog lists and facets', () => {
  test('facets count the article’s 868 依申请, 647 公共服务 and 2234 依职权 items', async () => {
    const { body } = await get<Facets>('/api/v1/catalog/facets')
    expect(Object.fromEntries(body.types.map((t) => [t.type, t.count]))).toEqual({
      application: 868,
      public_service: 647,
      ex_officio: 2234,
    })
    expect(body.scenes.some((s) => s.name === '企业开办' && s.audience === 'enterprise')).toBe(true)
    expect(body.departments.length).toBeGreaterThan(8)
  })

  test('the default list is what people apply for (no 依职权), paged and ordered by popularity', async () => {
    const { body } = await get<ItemPage>('/api/v1/catalog/items?pageSize=50')
    expect(body.total).toBe(868 + 647)
    expect(body.items).toHaveLength(50)
    expect(body.items.every((i) => i.type !== 'ex_officio')).toBe(true)
    const second = await get<ItemPage>('/api/v1/catalog/items?pageSize=50&page=2')
    const ids = new Set(body.items.map((i) => i.id))
    expect(second.body.items.some((i) => ids.has(i.id))).toBe(false)
  })

  test('filters by audience, scene, department and 通办 scope, each item matching', async () => {
    const scene = await get<ItemPage>(
      `/api/v1/catalog/items?audience=enterprise&scene=${encodeURIComponent('企业开办')}`,
    )
    expect(scene.body.total).toBeGreaterThan(0)
    expect(
      scene.body.items.every(
        (i) => i.scenes.includes('企业开办') && i.audiences.includes('enterprise'),
      ),
    ).toBe(true)
    const scope = await get<ItemPage>('/api/v1/catalog/items?scope=hb&pageSize=50')
    expect(scope.body.items.every((i) => i.scopes.includes('hb'))).toBe(true)
    const dept = scene.body.items[0]!.department
    const byDept = await get<ItemPage>(
      `/api/v1/catalog/items?department=${encodeURIComponent(dept)}`,
    )
    expect(byDept.body.items.every((i) => i.department === dept)).toBe(true)
  })

  test.each([
    ['pageSize=51', 'pageSize', '每页最多50条'],
    ['page=0', 'page', '页码从1开始'],
    ['pageSize=abc', 'pageSize', ''],
    ['audience=alien', 'audience', ''],
    ['scope=mars', 'scope', ''],
  ])('bad query %s → 400 naming the field', async (query, field, message) => {
    const { status, error } = await get(`/api/v1/catalog/items?${query}`)
    expect(status).toBe(400)
    expect(error.fields?.[field]).toContain(message)
  })
})

describe('search', () => {
  const search = (q: string, extra = '') =>
    get<SearchResult>(`/api/v1/catalog/search?q=${encodeURIComponent(q)}${extra}`)

  test.each([
    ['企业开办', 'name'],
    ['qiyekaiban', 'pinyin'],
    ['qykb', 'initials'],
    ['企业开班', 'fuzzy'],
  ])('%s finds an item named with 企业开办 (%s)', async (q, kind) => {
    const { body } = await search(q)
    const hit = body.hits.find((h) => h.item.name.includes('企业开办'))
    expect(hit?.matchedBy).toBe(kind)
    const [start, end] = hit?.highlight[0] ?? [0, 0]
    expect([...hit!.item.name].slice(start, end).join('')).toMatch(/企业开办|企业开/)
  })

  test('qykb puts the popular 企业开办 registration first, highlighted by its name', async () => {
    const { body } = await search('qykb')
    expect(body.hits[0]).toMatchObject({
      item: { id: 'market-llc-setup', name: '企业开办（有限责任公司设立登记）' },
      matchedBy: 'initials',
      highlight: [[0, 4]],
    })
  })

  test('initials and pinyin find 医保 and 社保 items', async () => {
    expect((await search('ybjf')).body.hits[0]?.item.name).toMatch(/医疗保险.*缴|医保.*缴/)
    expect(
      (await search('shebao')).body.hits.some(
        (h) => h.item.name.includes('社会保险') || h.item.name.includes('社保'),
      ),
    ).toBe(true)
  })

  test('no match → empty hits and popular items of the audience to offer instead', async () => {
    const { body } = await search('火星移民登记', '&audience=personal')
    expect(body.hits).toEqual([])
    expect(body.related.length).toBeGreaterThan(0)
    expect(body.related.every((i) => i.audiences.includes('personal'))).toBe(true)
  })

  test.each([
    ['', 400],
    ['a'.repeat(31), 400],
    ["'; DROP TABLE items; --", 200],
    ['%_%', 200],
    ['😀😀', 200],
  ])('hostile or empty query %j → %i, never 500', async (q, status) => {
    expect((await search(q)).status).toBe(status)
  })
})

describe('guides and bundles', () => {
  test('a guide carries every field of the template, with places linked to service points', async () => {
    const { body } = await get<Guide>('/api/v1/catalog/items/health-clinic-filing')
    expect(body.item.name).toBe('诊所备案')
    expect(body.conditions.length).toBeGreaterThan(0)
    expect(body.materials.length).toBeGreaterThan(2)
    expect(body.steps.length).toBeGreaterThanOrEqual(3)
    expect(body.basis.join()).toContain('医疗机构管理条例')
    expect(body.faqs.length).toBeGreaterThanOrEqual(2)
    expect(body.places[0]).toMatchObject({
      pointId: expect.stringMatching(/^sp-qs-/),
      name: expect.any(String),
    })
    expect(body.bundles.map((b) => b.name)).toContain('诊所备案一件事')
    expect(body.item.promisedDays).toBeLessThanOrEqual(1)
  })

  test('unknown item → 404 with what to do', async () => {
    const { status, error } = await get('/api/v1/catalog/items/no-such-item')
    expect(status).toBe(404)
    expect(error.message).toContain('重新搜索')
  })

  test('诊所备案一件事 merges three items: each material and field once, shared ones named', async () => {
    const { body } = await get<Bundle>('/api/v1/catalog/bundles/bundle-clinic-filing')
    expect(body.items.map((i) => i.name)).toHaveLength(3)
    const ids = body.materials.map((m) => m.material.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(body.materials.some((m) => m.forItems.length === 3)).toBe(true)
    const keys = body.fields.map((f) => f.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(body.promisedDays).toBe(1)
    expect(body.separateDays).toBeGreaterThan(body.promisedDays)
    // The article: repeated submissions (身份证, 资质证明 …) cut by more than half when merged.
    const repeated = body.materials.filter((m) => m.forItems.length > 1)
    const submissions = repeated.reduce((n, m) => n + m.forItems.length, 0)
    expect((submissions - repeated.length) / submissions).toBeGreaterThan(0.5)
  })

  test('at least six bundles, 企业开办一件事 among them', async () => {
    const { body } = await get<{ items: { name: string }[] }>('/api/v1/catalog/bundles')
    expect(body.items.length).toBeGreaterThanOrEqual(6)
    expect(body.items.map((b) => b.name)).toContain('企业开办一件事')
  })
})

describe('favourites', () => {
  const put = (id: string, as = token) =>
    app.inject(authed(as, { method: 'PUT', url: `/api/v1/me/favorites/${id}` }))

  test('favouriting twice keeps one entry; removing works; others never see it', async () => {
    expect((await put('health-clinic-filing')).statusCode).toBe(200)
    expect((await put('health-clinic-filing')).statusCode).toBe(200)
    const mine = await get<{ items: { id: string }[] }>('/api/v1/me/favorites')
    expect(mine.body.items.map((i) => i.id)).toEqual(['health-clinic-filing'])
    expect((await get<Guide>('/api/v1/catalog/items/health-clinic-filing')).body.favorite).toBe(
      true,
    )

    const other = await login(app, 'dev:someone-else')
    expect((await get<{ items: unknown[] }>('/api/v1/me/favorites', other)).body.items).toEqual([])
    expect(
      (await get<Guide>('/api/v1/catalog/items/health-clinic-filing', other)).body.favorite,
    ).toBe(false)

    await app.inject(
      authed(token, { method: 'DELETE', url: '/api/v1/me/favorites/health-clinic-filing' }),
    )
    expect((await get<{ items: unknown[] }>('/api/v1/me/favorites')).body.items).toEqual([])
  })

  test('an unknown item cannot be favourited', async () => {
    const res = await put('no-such-item')
    expect(res.statusCode).toBe(404)
  })
})

describe('就近办', () => {
  test('sorted by distance from the given location', async () => {
    const { body } = await get<NearbyResult>(
      '/api/v1/service-points/nearby?latitude=40.6559&longitude=109.8418',
    )
    expect(body.origin.fallback).toBe(false)
    const distances = body.points.map((p) => p.distanceMeters)
    expect([...distances].sort((a, b) => a - b)).toEqual(distances)
    expect(body.points[0]?.point.name).toContain('万达广场')
    expect(body.points.every((p) => p.itemCount > 0)).toBe(true)
  })

  test('without a location: measured from the district centre, flagged as a fallback', async () => {
    const { body } = await get<NearbyResult>('/api/v1/service-points/nearby')
    expect(body.origin.fallback).toBe(true)
    expect(body.points[0]).toMatchObject({ distanceMeters: 0, point: { id: 'sp-qs-center' } })
  })

  test('“can handle this item” keeps only the points that list it', async () => {
    const all = await get<NearbyResult>('/api/v1/service-points/nearby')
    const { body } = await get<NearbyResult>(
      '/api/v1/service-points/nearby?itemId=health-clinic-filing',
    )
    const guide = await get<Guide>('/api/v1/catalog/items/health-clinic-filing')
    expect(body.points.map((p) => p.point.id).sort()).toEqual(
      guide.body.places.map((p) => p.pointId).sort(),
    )
    expect(body.points.length).toBeLessThan(all.body.points.length)
  })

  test('a latitude out of range → 400', async () => {
    const { status, error } = await get('/api/v1/service-points/nearby?latitude=123&longitude=109')
    expect(status).toBe(400)
    expect(error.fields?.latitude).toContain('纬度')
  })

  test('item counts follow a change to the catalog at once (cached per catalog version)', async () => {
    const countAt = async (id: string) =>
      (await get<NearbyResult>('/api/v1/service-points/nearby')).body.points.find(
        (p) => p.point.id === id,
      )?.itemCount
    const before = await countAt('sp-qs-center')
    const row = await sql
      .selectFrom('catalog_item_points')
      .selectAll()
      .where('point_id', '=', 'sp-qs-center')
      .executeTakeFirstOrThrow()
    const link = sql
      .deleteFrom('catalog_item_points')
      .where('point_id', '=', row.point_id)
      .where('item_id', '=', row.item_id)
    await link.execute()
    expect(await countAt('sp-qs-center')).toBe((before ?? 0) - 1)
    await sql.insertInto('catalog_item_points').values(row).execute()
    expect(await countAt('sp-qs-center')).toBe(before)
  })

  test('a point lists the items it handles; an unknown point → 404', async () => {
    const { body } = await get<ItemPage>('/api/v1/service-points/sp-qs-center/items?pageSize=5')
    expect(body.items).toHaveLength(5)
    expect(body.total).toBeGreaterThan(5)
    expect((await get('/api/v1/service-points/nope/items')).status).toBe(404)
  })
})
