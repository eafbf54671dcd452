import type { FastifyInstance } from 'fastify'
import type { Sql } from '../../../mock/db/engine'
import { login, sharedDatabase, testApp } from '../helpers'
import { TUESDAY_10, booking, call, itemOf, newKey, users } from './support'

const database = sharedDatabase()
let app: FastifyInstance
let sql: Sql
let token: string
let item: string

beforeAll(async () => {
  ;({ app, sql } = testApp({ database: database.open() }))
  token = await login(app)
  ;[item] = await itemOf(app, token)
})
afterAll(async () => {
  await app.close()
  await database.remove()
})

const post = (as: string, body: object, key?: string | null) =>
  call(app, as, 'POST', '/api/v1/appointments', body, key)
const rows = (slotStart: string) =>
  sql
    .selectFrom('appointments')
    .select('status')
    .where('slot_start', '=', new Date(slotStart).toISOString())
    .execute()

describe('idempotency and concurrency', () => {
  test('the same key answers the same booking; 50 retries store one row', async () => {
    const slot = '2026-03-09T10:30:00+08:00'
    const person = await login(app, 'dev:retry')
    const key = newKey()
    const first = await post(person, booking(item, slot), key)
    const retries = await Promise.all(
      Array.from({ length: 50 }, () => post(person, booking(item, slot), key)),
    )
    expect(retries.every((r) => r.status === 201 && r.data.id === first.data.id)).toBe(true)
    expect(await rows(slot)).toHaveLength(1)
  })

  test('40 parallel requests for one slot never oversell', async () => {
    const slot = '2026-03-10T14:00:00+08:00'
    const people = await users(app, 40, 'rush')
    const answers = await Promise.all(people.map((p) => post(p, booking(item, slot))))
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5)
    expect(answers.filter((a) => a.status === 409 && a.error.code === 'SLOT_FULL')).toHaveLength(35)
    expect(await rows(slot)).toHaveLength(5)
  })

  test('a booking survives a restart', async () => {
    const res = await post(token, booking(item, TUESDAY_10.replace('03-03', '03-11')))
    await app.close()
    ;({ app, sql } = testApp({ database: database.open() }))
    const again = await call(app, token, 'GET', `/api/v1/appointments/${res.data.id}`)
    expect(again.status).toBe(200)
    expect(again.data).toEqual(res.data)
  })
})
