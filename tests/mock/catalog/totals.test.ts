import type { FastifyInstance } from 'fastify'
import type { Sql } from '../../../mock/db/engine'
import type { Facets, ItemPage } from '../../../src/services/contract'
import { catalogSeed } from '../../../mock/modules/catalog/data'
import { authed, json, login, sharedDatabase, testApp } from '../helpers'

const database = sharedDatabase()
let app: FastifyInstance
let token: string
/** Another process writing the catalog: its own connections to the same database. */
let otherProcess: Sql

beforeAll(async () => {
  app = testApp({ database: database.open() }).app
  token = await login(app)
  otherProcess = database.open().sql
})
afterAll(async () => {
  await otherProcess.destroy()
  await app.close()
  await database.remove()
})

const get = async <T>(url: string) =>
  json<{ data: T }>(await app.inject(authed(token, { method: 'GET', url }))).data
const total = async (query = '') => (await get<ItemPage>(`/api/v1/catalog/items?${query}`)).total
const applications = async () =>
  (await get<Facets>('/api/v1/catalog/facets')).types.find((t) => t.type === 'application')?.count

/** Another process adds a copy of `itemId` (its row and facets) under a new id and code. */
async function copyItem(itemId: string, id: string, code: string) {
  const item = await otherProcess
    .selectFrom('catalog_items')
    .selectAll()
    .where('id', '=', itemId)
    .executeTakeFirstOrThrow()
  const facets = await otherProcess
    .selectFrom('catalog_item_facets')
    .selectAll()
    .where('item_id', '=', itemId)
    .execute()
  await otherProcess
    .insertInto('catalog_items')
    .values({ ...item, id, code })
    .execute()
  await otherProcess
    .insertInto('catalog_item_facets')
    .values(facets.map((facet) => ({ ...facet, item_id: id })))
    .execute()
}

// Totals and facets are cached per catalog version: a change must show on the very next request.
test('an edit of the catalog by another process shows in the next total and facets', async () => {
  const template = catalogSeed.items.find(
    (i) => i.type === 'application' && i.audiences.includes('personal'),
  )
  if (!template) throw new Error('the seed has a personal application item')
  const before = { all: await total(), personal: await total('audience=personal') }
  expect(await total()).toBe(before.all) // served again, now from the cache
  expect(await applications()).toBe(868)

  const added = { id: 'totals-test-item', code: 'TOTALS-TEST-0001' }
  await copyItem(template.id, added.id, added.code)
  expect(await total()).toBe(before.all + 1)
  expect(await total('audience=personal&page=2')).toBe(before.personal + 1)
  expect(await applications()).toBe(869)

  await otherProcess
    .deleteFrom('catalog_item_facets')
    .where('item_id', '=', added.id)
    .where('facet', '=', 'audience')
    .execute()
  expect(await total('audience=personal')).toBe(before.personal)
  expect(await total()).toBe(before.all + 1)

  await otherProcess.deleteFrom('catalog_items').where('id', '=', added.id).execute()
  expect(await total()).toBe(before.all)
  expect(await applications()).toBe(868)
})
