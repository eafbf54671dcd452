import type { FastifyInstance } from 'fastify'
import { login, tempDatabase, testApp } from '../helpers'
import { TUESDAY_10, booking, call, itemOf, newKey, users } from './support'

const db = tempDatabase()
let app: FastifyInstance
let token: string
let item: string

beforeAll(async () => {
  app = testApp({ databasePath: db.path }).app
  token = await login(app)
  ;[item] = await itemOf(app, token)
})
afterAll(async () => {
  await app.close()
  db.remove()
})

const post = (as: string, body: object, key?: string | null) =>
  call(app, as, 'POST', '/api/v1/appointments', body, key)
const rows = (slotStart: string) =>
  db.read<{ status: string }>(
    'SELECT status FROM appointments WHERE slot_start = ?',
    new Date(slotStart).toISOString(),
  )

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
    expect(rows(slot)).toHaveLength(1)
  })

  test('40 parallel requests for one slot never oversell', async () => {
    const slot = '2026-03-10T14:00:00+08:00'
    const people = await users(app, 40, 'rush')
    const answers = await Promise.all(people.map((p) => post(p, booking(item, slot))))
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5)
    expect(answers.filter((a) => a.status === 409 && a.error.code === 'SLOT_FULL')).toHaveLength(35)
    expect(rows(slot)).toHaveLength(5)
  })

  test('a booking survives a restart', async () => {
    const res = await post(token, booking(item, TUESDAY_10.replace('03-03', '03-11')))
    await app.close()
    app = testApp({ databasePath: db.path }).app
    const again = await call(app, token, 'GET', `/api/v1/appointments/${res.data.id}`)
    expect(again.status).toBe(200)
    expect(again.data).toEqual(res.data)
  })
})
