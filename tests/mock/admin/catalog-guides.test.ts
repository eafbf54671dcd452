// Single guides, 立改废 and 一件事 in the console: the form is checked as an import row is; a
// 废止 takes effect on its date (lists, search, bundles, favourites, the guide's 404); 示例 stays
// until replaced; bundles are validated; every change is audited; the seed never overwrites.
import Database from 'better-sqlite3'
import type { ConsoleBundle, ConsoleGuide } from '../../../src/services/contract'
import { catalogSeed } from '../../../mock/modules/catalog/data'
import { migrate } from '../../../mock/db/migrations'
import { seedCatalog } from '../../../mock/modules/catalog/seed'
import { json, login, testApp } from '../helpers'
import { upload, workbookOf } from './catalog-support'

const { app, sql, clock } = testApp()
let admin = ''
let resident = ''
beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  resident = await login(app, 'dev:guide-resident')
})
afterAll(() => app.close())

type Body<T> = {
  data: T
  error?: { code: string; message: string; fields?: Record<string, string> }
}
async function call<T>(
  method: 'GET' | 'PUT' | 'POST',
  url: string,
  token: string,
  payload?: object,
) {
  const res = await app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': crypto.randomUUID() },
    ...(payload && { payload }),
  })
  return { status: res.statusCode, body: json<Body<T>>(res) }
}
const guideOf = (id: string) =>
  call<ConsoleGuide>('GET', `/api/v1/admin/catalog/items/${id}`, admin)
const save = (id: string, cells: Record<string, string>) =>
  call<ConsoleGuide>('PUT', `/api/v1/admin/catalog/items/${id}`, admin, { cells })
const appGuide = (id: string) =>
  call<{ updatedOn?: string; item: { name: string } }>(
    'GET',
    `/api/v1/catalog/items/${id}`,
    resident,
  )

test('editing a guide: checked like an import row, dated, audited; the app shows it', async () => {
  const { body } = await guideOf('market-llc-setup')
  expect(body.data.item.status).toBe('在用')
  expect((await appGuide('market-llc-setup')).body.data.updatedOn).toBe('2026-01-15')

  const bad = await save('market-llc-setup', {
    ...body.data.cells,
    承诺时限: '10个工作日',
    材料: '营业执照副本复印件',
  })
  expect(bad.status).toBe(422)
  expect(bad.body.error?.fields?.['承诺时限']).toContain('不能长于法定时限')
  expect(bad.body.error?.fields?.['材料']).toContain('不在材料库中')
  const recoded = await save('market-llc-setup', {
    ...body.data.cells,
    实施编码: `${body.data.cells['实施编码']?.slice(0, 24)}002001`,
  })
  expect(recoded.body.error?.code).toBe('CATALOG_CODE_CHANGED')

  clock.advance(86_400_000)
  const saved = await save('market-llc-setup', {
    ...body.data.cells,
    收费: '不收费（登记费已取消）',
  })
  expect(saved.status).toBe(200)
  expect(saved.body.data.item.updatedOn).toBe('2026-03-03')
  const shown = await appGuide('market-llc-setup')
  expect(shown.body.data.updatedOn).toBe('2026-03-03')
  const audit = await sql
    .selectFrom('admin_audit')
    .selectAll()
    .where('action', '=', 'catalog.item_edited')
    .execute()
  expect(audit).toHaveLength(1)
  expect(JSON.parse(audit[0]?.before_json ?? '{}')).toEqual({ 收费: '不收费' })
  expect(JSON.parse(audit[0]?.after_json ?? '{}')).toEqual({ 收费: '不收费（登记费已取消）' })
})

test('废止 from a future date: shown until the day, then gone everywhere, favourites say so', async () => {
  const id = 'market-llc-setup'
  await call('PUT', `/api/v1/me/favorites/${id}`, resident)
  const retired = await call<ConsoleGuide>(
    'POST',
    `/api/v1/admin/catalog/items/${id}/retire`,
    admin,
    {
      effectiveOn: '2026-03-10',
    },
  )
  expect(retired.body.data.item.status).toBe('待废止')
  expect((await appGuide(id)).status).toBe(200)
  const bundlesBefore = await call<{ items: { id: string }[] }>(
    'GET',
    '/api/v1/catalog/bundles/bundle-enterprise-setup',
    resident,
  )

  clock.advance(8 * 86_400_000) // 2026-03-11
  const gone = await appGuide(id)
  expect(gone.status).toBe(404)
  expect(gone.body.error?.message).toContain('该事项已于2026年3月10日废止')
  const list = await call<{ items: { id: string }[] }>(
    'GET',
    '/api/v1/catalog/items?audience=enterprise&pageSize=50',
    resident,
  )
  expect(list.body.data.items.map((i) => i.id)).not.toContain(id)
  const search = await call<{ hits: { item: { id: string } }[] }>(
    'GET',
    `/api/v1/catalog/search?q=${encodeURIComponent('有限责任公司设立')}`,
    resident,
  )
  expect(search.body.data.hits.map((h) => h.item.id)).not.toContain(id)
  const favorites = await call<{ items: { id: string; retiredOn?: string }[] }>(
    'GET',
    '/api/v1/me/favorites',
    resident,
  )
  expect(favorites.body.data.items.find((i) => i.id === id)?.retiredOn).toBe('2026-03-10')
  if (bundlesBefore.status === 200) {
    const bundle = await call<{ items: { id: string }[] }>(
      'GET',
      '/api/v1/catalog/bundles/bundle-enterprise-setup',
      resident,
    )
    expect(bundle.body.data.items.map((i) => i.id)).not.toContain(id)
  }
  const row = await call<{ items: { status: string }[] }>(
    'GET',
    `/api/v1/admin/catalog/items?q=${encodeURIComponent('有限责任公司设立')}`,
    admin,
  )
  expect(row.body.data.items[0]?.status).toBe('已废止')
  expect(
    await sql
      .selectFrom('admin_audit')
      .select('summary')
      .where('action', '=', 'catalog.item_retired')
      .execute(),
  ).toEqual([{ summary: '废止事项“企业开办（有限责任公司设立登记）”，自2026-03-10起生效' }])
})

test('废止 from a past date takes effect at once', async () => {
  const [item] = await sql
    .selectFrom('catalog_items')
    .select(['id'])
    .where('sample', '=', 0)
    .where('retired_on', 'is', null)
    .limit(1)
    .execute()
  if (!item) throw new Error('no item')
  await call('POST', `/api/v1/admin/catalog/items/${item.id}/retire`, admin, {
    effectiveOn: '2026-01-01',
  })
  expect((await appGuide(item.id)).status).toBe(404)
})

test('a 示例 item stays 示例 until a row with its 实施编码 replaces it', async () => {
  const [sample] = await sql
    .selectFrom('catalog_items')
    .select(['id', 'code'])
    .where('sample', '=', 1)
    .limit(1)
    .execute()
  if (!sample) throw new Error('no sample')
  const { body } = await guideOf(sample.id)
  expect(body.data.item.status).toBe('示例')
  const same = await upload(app, admin, 'same.xlsx', await workbookOf([body.data.cells]))
  expect(same.data?.counts.unchanged).toBe(1)
  const replaced = await upload(
    app,
    admin,
    'real.xlsx',
    await workbookOf([{ ...body.data.cells, 咨询电话: '0472-5110000' }]),
  )
  expect(replaced.data?.changes[0]?.fields).toEqual(
    expect.arrayContaining([{ column: '示例', before: '是', after: '' }]),
  )
  await call('POST', `/api/v1/admin/catalog/imports/${replaced.data?.id}/apply`, admin, {})
  expect((await guideOf(sample.id)).body.data.item.status).toBe('在用')
})

test('一件事: name, description, members and their order, 承诺时限 and 跑动次数 — validated and audited', async () => {
  const { body } = await call<{ items: ConsoleBundle[] }>(
    'GET',
    '/api/v1/admin/catalog/bundles',
    admin,
  )
  const bundle = body.data.items.find((b) => b.items.every((i) => !i.retired)) as ConsoleBundle
  const ids = bundle.items.map((i) => i.id)
  const edit = {
    name: `${bundle.name}（新）`,
    description: '把几件事合成一次办',
    itemIds: [...ids].reverse(),
    promisedDays: 1,
    visits: 1,
  }
  const saved = await call<ConsoleBundle>(
    'PUT',
    `/api/v1/admin/catalog/bundles/${bundle.id}`,
    admin,
    edit,
  )
  expect(saved.status).toBe(200)
  expect(saved.body.data.items.map((i) => i.id)).toEqual([...ids].reverse())
  const shown = await call<{ name: string; items: { id: string }[]; promisedDays: number }>(
    'GET',
    `/api/v1/catalog/bundles/${bundle.id}`,
    resident,
  )
  expect(shown.body.data).toMatchObject({ name: edit.name, promisedDays: 1 })
  expect(shown.body.data.items.map((i) => i.id)).toEqual([...ids].reverse())

  for (const [change, words] of [
    [{ itemIds: [ids[0], ids[0]] }, '只能加入一次'],
    [{ itemIds: [ids[0], 'no-such-item'] }, '不存在'],
    [{ promisedDays: 999 }, '承诺时限'],
  ] as const) {
    const refused = await call('PUT', `/api/v1/admin/catalog/bundles/${bundle.id}`, admin, {
      ...edit,
      ...change,
    })
    expect([400, 422]).toContain(refused.status)
    expect(JSON.stringify(refused.body.error)).toContain(words)
  }
  const audit = await sql
    .selectFrom('admin_audit')
    .select(['summary', 'before_json'])
    .where('action', '=', 'catalog.bundle_edited')
    .execute()
  expect(audit).toHaveLength(1)
  expect(JSON.parse(audit[0]?.before_json ?? '{}')).toMatchObject({
    name: bundle.name,
    itemIds: ids,
  })
})

test('once the console owns the catalog the seed never replaces it', () => {
  const db = new Database(':memory:')
  migrate(db)
  db.prepare(
    "INSERT INTO catalog_console (id, owned_at, owned_by) VALUES (1, '2026-03-02T00:00:00Z', 'admin-1')",
  ).run()
  expect(seedCatalog(db, catalogSeed)).toBe(0)
  expect(db.prepare('SELECT COUNT(*) AS n FROM catalog_items').get()).toEqual({ n: 0 })
  db.close()
})
