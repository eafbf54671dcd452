import Database from 'better-sqlite3'
import type { FastifyInstance } from 'fastify'
import type { Facets, ItemPage } from '../../../src/services/contract'
import { catalogSeed } from '../../../mock/modules/catalog/data'
import { seedCatalog } from '../../../mock/modules/catalog/seed'
import { authed, json, login, tempDatabase, testApp } from '../helpers'

const database = tempDatabase()
let app: FastifyInstance
let token: string

beforeAll(async () => {
  app = testApp({ databasePath: database.path }).app
  token = await login(app)
})
afterAll(async () => {
  await app.close()
  database.remove()
})

const get = async <T>(url: string) =>
  json<{ data: T }>(await app.inject(authed(token, { method: 'GET', url }))).data
const total = async (query = '') => (await get<ItemPage>(`/api/v1/catalog/items?${query}`)).total
const applications = async () =>
  (await get<Facets>('/api/v1/catalog/facets')).types.find((t) => t.type === 'application')?.count

/** Another process writing the catalog: its own connection to the same file. */
function otherProcess<T>(write: (db: Database.Database) => T): T {
  const db = new Database(database.path)
  db.pragma('foreign_keys = ON')
  try {
    return write(db)
  } finally {
    db.close()
  }
}

// Totals and facets are cached per catalog version: a change must show on the very next request.
test('a re-seed or an edit of the catalog shows in the next total and facets', async () => {
  const template = catalogSeed.items.find(
    (i) => i.type === 'application' && i.audiences.includes('personal'),
  )
  if (!template) throw new Error('the seed has a personal application item')
  const before = { all: await total(), personal: await total('audience=personal') }
  expect(await total()).toBe(before.all) // served again, now from the cache
  expect(await applications()).toBe(868)

  const added = { ...template, id: 'totals-test-item', code: 'TOTALS-TEST-0001' }
  otherProcess((db) => seedCatalog(db, { ...catalogSeed, items: [...catalogSeed.items, added] }))
  expect(await total()).toBe(before.all + 1)
  expect(await total('audience=personal&page=2')).toBe(before.personal + 1)
  expect(await applications()).toBe(869)

  otherProcess((db) =>
    db
      .prepare("DELETE FROM catalog_item_facets WHERE item_id = ? AND facet = 'audience'")
      .run(added.id),
  )
  expect(await total('audience=personal')).toBe(before.personal)
  expect(await total()).toBe(before.all + 1)

  otherProcess((db) => db.prepare('DELETE FROM catalog_items WHERE id = ?').run(added.id))
  expect(await total()).toBe(before.all)
  expect(await applications()).toBe(868)
})
