import type { Sql } from '../../../mock/db/engine'
import {
  createBundleRepo,
  createFacetRepo,
  createFavoriteRepo,
} from '../../../mock/modules/catalog/bundles-repository'
import { createCatalogRepo } from '../../../mock/modules/catalog/repository'
import { addPoint, addUsers, spread, threeInstances } from '../booking/pg'

const GUIDE = {
  conditions: ['本人申请'],
  steps: [{ title: '受理', detail: '窗口受理' }],
  fee: '不收费',
  basis: ['《条例》'],
  faqs: [],
  consultPhone: '0472-1234567',
  complaint: '12345',
  fields: [{ key: 'phone', label: '联系电话' }],
}

interface Item {
  id: string
  type: 'application' | 'public_service' | 'ex_officio'
  department: string
  popularity: number
  audiences: ('personal' | 'enterprise')[]
  scenes: string[]
  scopes: string[]
}

const ITEMS: Item[] = [
  {
    id: 'a',
    type: 'application',
    department: '民政局',
    popularity: 90,
    audiences: ['personal'],
    scenes: ['婚育'],
    scopes: ['city'],
  },
  {
    id: 'b',
    type: 'application',
    department: '市场监管局',
    popularity: 80,
    audiences: ['enterprise'],
    scenes: ['企业开办'],
    scopes: ['city', 'hb'],
  },
  {
    id: 'c',
    type: 'public_service',
    department: '民政局',
    popularity: 70,
    audiences: ['personal', 'enterprise'],
    scenes: ['婚育'],
    scopes: ['region'],
  },
  {
    id: 'x',
    type: 'ex_officio',
    department: '民政局',
    popularity: 99,
    audiences: ['personal'],
    scenes: ['婚育'],
    scopes: ['city'],
  },
]

async function addItem(sql: Sql, item: Item, sort: number) {
  await sql
    .insertInto('catalog_items')
    .values({
      id: item.id,
      code: `CODE-${item.id}`,
      name: `事项${item.id}`,
      type: item.type,
      category: '行政许可',
      department: item.department,
      audiences_json: JSON.stringify(item.audiences),
      scenes_json: JSON.stringify(item.scenes),
      scopes_json: JSON.stringify(item.scopes),
      keywords_json: JSON.stringify([`关键词${item.id}`]),
      promised_days: 5,
      legal_days: 20,
      visits: 1,
      online: 1,
      popularity: item.popularity,
      sort_order: sort,
      guide_json: JSON.stringify(GUIDE),
    })
    .execute()
  await sql
    .insertInto('catalog_item_facets')
    .values([
      ...item.audiences.map((value) => ({ item_id: item.id, facet: 'audience', value })),
      ...item.scenes.map((value) => ({ item_id: item.id, facet: 'scene', value })),
      ...item.scopes.map((value) => ({ item_id: item.id, facet: 'scope', value })),
    ])
    .execute()
}

let instances: Sql[] = []
let close: () => Promise<void> = async () => undefined

beforeAll(async () => {
  const opened = await threeInstances()
  instances = opened.instances
  close = opened.close
  const sql = instances[0]!
  await addPoint(sql, 'sp-a')
  await addPoint(sql, 'sp-b')
  for (const [sort, item] of ITEMS.entries()) await addItem(sql, item, sort)
  await sql
    .insertInto('catalog_materials')
    .values([
      { id: 'm-id', name: '身份证', form: '原件', copies: 1, ecert: 1, sample: null, note: '本人' },
      { id: 'm-form', name: '申请表', form: '原件', copies: 2, ecert: 0, sample: null, note: null },
    ])
    .execute()
  await sql
    .insertInto('catalog_item_materials')
    .values([
      { item_id: 'a', position: 0, material_id: 'm-id', required: 1, copies: 1, form: '原件' },
      {
        item_id: 'a',
        position: 1,
        material_id: 'm-form',
        required: 0,
        copies: 2,
        form: '原件',
        note: '网上下载',
      },
    ])
    .execute()
  await sql
    .insertInto('catalog_item_points')
    .values([
      { item_id: 'a', point_id: 'sp-a', window: '1号窗口' },
      { item_id: 'b', point_id: 'sp-a', window: '2号窗口' },
      { item_id: 'a', point_id: 'sp-b', window: '3号窗口' },
    ])
    .execute()
  await sql
    .insertInto('catalog_bundles')
    .values({
      id: 'marry',
      name: '结婚一件事',
      scene: '婚育',
      audience: 'personal',
      description: '一次办好',
      promised_days: 3,
      visits: 1,
      sort_order: 0,
    })
    .execute()
  await sql
    .insertInto('catalog_bundle_items')
    .values([
      { bundle_id: 'marry', position: 0, item_id: 'c' },
      { bundle_id: 'marry', position: 1, item_id: 'a' },
    ])
    .execute()
})
afterAll(() => close())

const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id)

test('pages in popularity order, counts every filter and leaves ex officio items out', async () => {
  const repo = createCatalogRepo(instances[0]!)
  const first = await repo.list({}, 1, 2)
  expect(ids(first)).toEqual(['a', 'b'])
  expect(first.total).toBe(3)
  expect(first.items[0]).toMatchObject({ name: '事项a', audiences: ['personal'], online: true })
  expect(ids(await repo.list({}, 2, 2))).toEqual(['c'])
  const totals = async (filter: Parameters<typeof repo.list>[0]) =>
    (await repo.list(filter, 1, 10)).total
  expect(await totals({ audience: 'personal' })).toBe(2)
  expect(await totals({ audience: 'enterprise', scene: '企业开办' })).toBe(1)
  expect(await totals({ scope: 'city' })).toBe(2)
  expect(await totals({ department: '民政局' })).toBe(2)
  expect(await totals({ type: 'ex_officio' })).toBe(1)
  expect(await totals({ pointId: 'sp-a' })).toBe(2)
  expect(await totals({ pointId: 'sp-b', audience: 'enterprise' })).toBe(0)
})

test('a total counted by one instance is not served after another instance changed the catalog', async () => {
  const [one, two, three] = instances as [Sql, Sql, Sql]
  const repo = createCatalogRepo(one)
  const facets = createFacetRepo(one)
  expect((await repo.list({ department: '教育局' }, 1, 10)).total).toBe(0)
  expect((await facets.all()).departments).toEqual([
    { name: '民政局', count: 2 },
    expect.anything(),
  ])
  await addItem(two, { ...ITEMS[0]!, id: 'd', department: '教育局', popularity: 10 }, 9)
  expect((await repo.list({ department: '教育局' }, 1, 10)).total).toBe(1)
  expect((await facets.all()).departments).toContainEqual({ name: '教育局', count: 1 })
  await three.deleteFrom('catalog_items').where('id', '=', 'd').execute()
  expect((await repo.list({ department: '教育局' }, 1, 10)).total).toBe(0)
})

test('facets count per scene and audience, department, type and scope', async () => {
  expect(await createFacetRepo(instances[1]!).all()).toEqual({
    scenes: [
      { name: '婚育', audience: 'personal', count: 2 },
      { name: '企业开办', audience: 'enterprise', count: 1 },
      { name: '婚育', audience: 'enterprise', count: 1 },
    ],
    departments: [
      { name: '民政局', count: 2 },
      { name: '市场监管局', count: 1 },
    ],
    types: [
      { type: 'application', count: 2 },
      { type: 'ex_officio', count: 1 },
      { type: 'public_service', count: 1 },
    ],
    scopes: [
      { scope: 'city', count: 3 },
      { scope: 'hb', count: 1 },
      { scope: 'region', count: 1 },
    ],
  })
})

test('a guide with its materials, places and bundles; summaries, points and search docs', async () => {
  const repo = createCatalogRepo(instances[2]!)
  const guide = await repo.guide('a')
  expect(guide?.item.id).toBe('a')
  expect(guide?.legalDays).toBe(20)
  expect(guide?.extras.fields).toEqual(GUIDE.fields)
  expect(guide?.materials.map((m) => [m.id, m.required, m.copies, m.note])).toEqual([
    ['m-id', true, 1, '本人'],
    ['m-form', false, 2, '网上下载'],
  ])
  expect(guide?.places.map((p) => [p.pointId, p.window])).toEqual([
    ['sp-a', '1号窗口'],
    ['sp-b', '3号窗口'],
  ])
  expect(guide?.bundles).toEqual([{ id: 'marry', name: '结婚一件事' }])
  expect(await repo.guide('nope')).toBeNull()
  expect((await repo.summaries(['c', 'nope', 'a'])).map((i) => i.id)).toEqual(['c', 'a'])
  expect(await repo.summaries([])).toEqual([])
  expect((await repo.fieldsOf(['a'])).get('a')).toEqual(GUIDE.fields)
  expect(await repo.itemCountByPoint()).toEqual(
    new Map([
      ['sp-a', 2],
      ['sp-b', 1],
    ]),
  )
  expect(await repo.pointsHandling('b')).toEqual(new Set(['sp-a']))
  const docs = await repo.searchDocs()
  expect(docs.find((d) => d.id === 'c')).toEqual({
    id: 'c',
    name: '事项c',
    keywords: ['关键词c'],
    audiences: ['personal', 'enterprise'],
    popularity: 70,
  })
})

test('bundles list their item count and members in order', async () => {
  const bundles = createBundleRepo(instances[0]!)
  expect(await bundles.list()).toEqual([
    {
      id: 'marry',
      name: '结婚一件事',
      scene: '婚育',
      audience: 'personal',
      itemCount: 2,
      promisedDays: 3,
    },
  ])
  expect((await bundles.find('marry'))?.itemIds).toEqual(['c', 'a'])
  expect(await bundles.find('nope')).toBeNull()
})

test('60 concurrent adds of one favourite from three instances keep one; newest first', async () => {
  const [user] = await addUsers(instances[0]!, 1, 'fav')
  if (!user) throw new Error('one user')
  const at = new Date('2026-03-02T01:00:00Z')
  await spread(instances, 60, (sql) => createFavoriteRepo(sql).add(user, 'a', at))
  const favorites = createFavoriteRepo(instances[1]!)
  expect(await favorites.itemIds(user)).toEqual(['a'])
  await favorites.add(user, 'b', new Date('2026-03-02T02:00:00Z'))
  await favorites.add(user, 'c', new Date('2026-03-02T02:00:00Z'))
  expect(await favorites.itemIds(user)).toEqual(['c', 'b', 'a'])
  expect(await favorites.has(user, 'b')).toBe(true)
  await spread(instances, 9, (sql) => createFavoriteRepo(sql).remove(user, 'b'))
  expect(await favorites.has(user, 'b')).toBe(false)
  expect(await favorites.itemIds(user)).toEqual(['c', 'a'])
})
