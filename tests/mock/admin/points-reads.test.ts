// The console's point reads, kept per catalog version: the item picker searches the whole
// catalog on the server, a point's items come a page at a time, and an edit from any process (a write straight to the database here)
// shows at once in the point, the point list and the picker.
import {
  ITEM_OPTIONS_LIMIT,
  POINT_ITEMS_PAGE,
  type AdminPointDetail,
  type AdminPointList,
  type CatalogItemOptions,
} from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { send } from './support'

const CENTRE = 'sp-qs-center'
const started = testApp()
let admin = ''
beforeAll(async () => {
  await started.app.ready()
  admin = await login(started.app, 'dev:admin-1')
})
afterAll(() => started.app.close())

const get = <T>(url: string) => send<T>(started.app, 'GET', url, { token: admin })
const options = async (q?: string) =>
  (
    await get<CatalogItemOptions>(
      `/api/v1/admin/points/item-options${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`,
    )
  ).data

test('the item picker: the first matches of the whole catalog by name, department or id, and how many match', async () => {
  const catalog = await started.sql
    .selectFrom('catalog_items')
    .select(['id', 'name', 'department'])
    .orderBy('sort_order')
    .execute()
  expect(catalog.length).toBeGreaterThan(ITEM_OPTIONS_LIMIT)
  expect(await options()).toEqual({
    items: catalog.slice(0, ITEM_OPTIONS_LIMIT),
    total: catalog.length,
  })

  const department = catalog[0]?.department ?? ''
  const ofDepartment = catalog.filter(
    (i) => i.department.includes(department) || i.name.includes(department),
  )
  expect(await options(department)).toEqual({
    items: ofDepartment.slice(0, ITEM_OPTIONS_LIMIT),
    total: ofDepartment.length,
  })
  const last = catalog[catalog.length - 1]
  expect((await options(` ${last?.id.toUpperCase() ?? ''} `)).items).toContainEqual(last)
  expect(await options('示例-没有这样的事项')).toEqual({ items: [], total: 0 })

  const tooLong = await get(`/api/v1/admin/points/item-options?q=${'办'.repeat(51)}`)
  expect(tooLong.status).toBe(400)
  expect(tooLong.error?.code).toBe('VALIDATION_FAILED')
})

test('a point, the point list and the picker show an edit from another process at once', async () => {
  const detail = async () => (await get<AdminPointDetail>(`/api/v1/admin/points/${CENTRE}`)).data
  const listed = async () =>
    (await get<AdminPointList>('/api/v1/admin/points')).data.items.find((p) => p.id === CENTRE)
  const warm = await detail()
  expect(await detail()).toEqual(warm)
  const first = warm.items[0]
  if (!first) throw new Error('the centre handles no items')
  expect((await options(first.itemId)).items.map((i) => i.name)).toContain(first.name)
  expect((await listed())?.phone).toBe(warm.point.phone)

  const renamed = `示例 改名的事项 ${first.itemId}`
  await started.sql
    .updateTable('catalog_items')
    .set({ name: renamed })
    .where('id', '=', first.itemId)
    .execute()
  await started.sql
    .updateTable('service_points')
    .set({ phone: '0472-5199999' })
    .where('id', '=', CENTRE)
    .execute()

  const after = await detail()
  expect(after.items.find((i) => i.itemId === first.itemId)?.name).toBe(renamed)
  expect(after.point.phone).toBe('0472-5199999')
  expect((await listed())?.phone).toBe('0472-5199999')
  expect((await options(first.itemId)).items.map((i) => i.name)).toContain(renamed)
  expect((await options(renamed)).items.map((i) => i.id)).toEqual([first.itemId])
})

test('a point’s items a page at a time (the centre handles over 1,500), searched by name, id or window', async () => {
  const all = await started.sql
    .selectFrom('catalog_item_points as ip')
    .innerJoin('catalog_items as i', 'i.id', 'ip.item_id')
    .select(['ip.item_id as itemId', 'i.name', 'ip.window'])
    .where('ip.point_id', '=', CENTRE)
    .orderBy('i.sort_order')
    .execute()
  expect(all.length).toBeGreaterThan(1000)
  const page = async (query: string) =>
    (await get<AdminPointDetail>(`/api/v1/admin/points/${CENTRE}${query}`)).data
  const first = await page('')
  expect(first).toMatchObject({ page: 1, pageSize: POINT_ITEMS_PAGE, total: all.length })
  expect(first.point.itemCount).toBe(all.length)
  expect(first.items).toEqual(all.slice(0, POINT_ITEMS_PAGE))
  const lastPage = Math.ceil(all.length / POINT_ITEMS_PAGE)
  expect((await page(`?page=${lastPage}`)).items).toEqual(
    all.slice((lastPage - 1) * POINT_ITEMS_PAGE),
  )
  expect((await page(`?page=${lastPage + 1}`)).items).toEqual([])

  const word = all[30]?.name.slice(0, 4) ?? ''
  const named = all.filter((i) => i.name.includes(word) || i.window.includes(word))
  expect(await page(`?q=${encodeURIComponent(word)}`)).toMatchObject({
    items: named.slice(0, POINT_ITEMS_PAGE),
    total: named.length,
  })
  const refused = await get(`/api/v1/admin/points/${CENTRE}?page=0`)
  expect([refused.status, refused.error?.code]).toEqual([400, 'VALIDATION_FAILED'])
})
