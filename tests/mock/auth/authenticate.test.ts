// A signed-in request's session is decided without a promise when SQLite's one connection is
// free and the holiday calendar is up to date (authenticate.ts `atOnce`), and the same way as
// the asynchronous check in every case: an unknown, expired or signed-out token is refused; a
// busy connection (an open transaction), a calendar saved on another process or PostgreSQL
// leave the decision to the asynchronous check, which waits its turn and reloads the calendar.
import { createAuthenticator } from '../../../mock/auth/authenticate'
import { createSessionRepo } from '../../../mock/auth/sessions-repository'
import { inTransaction, isPostgres } from '../../../mock/db/engine'
import { calendarSyncOf } from '../../../mock/http/calendar-sync'
import { authed, login, testApp } from '../helpers'

const { app, sql, clock } = testApp()
const sqlite = !isPostgres(sql)
const authenticate = createAuthenticator(createSessionRepo(sql), calendarSyncOf(sql))
let token = ''
const bearer = () => `Bearer ${token}`

beforeAll(async () => {
  await app.ready()
  token = await login(app, 'dev:at-once-device')
  await authenticate(bearer(), clock.now()) // the calendar loaded, as after any request
})
afterAll(() => app.close())

const bumpCalendarVersion = () =>
  sql
    .updateTable('holiday_calendar_version')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .execute()

it('decides a live session at once on SQLite, as the asynchronous check does', async () => {
  const awaited = await authenticate(bearer(), clock.now())
  expect(awaited?.userId).toEqual(expect.any(String))
  expect(authenticate.atOnce(bearer(), clock.now())).toEqual(sqlite ? awaited : undefined)
})

it('refuses at once a missing or malformed token, and on SQLite an unknown or expired one', async () => {
  expect(authenticate.atOnce(undefined, clock.now())).toBeNull()
  expect(authenticate.atOnce('Bearer short', clock.now())).toBeNull()
  const unknown = `Bearer ${'x'.repeat(43)}`
  expect(await authenticate(unknown, clock.now())).toBeNull()
  expect(authenticate.atOnce(unknown, clock.now())).toBe(sqlite ? null : undefined)
  const afterExpiry = new Date(clock.now().getTime() + 31 * 24 * 60 * 60 * 1000)
  expect(await authenticate(bearer(), afterExpiry)).toBeNull()
  expect(authenticate.atOnce(bearer(), afterExpiry)).toBe(sqlite ? null : undefined)
})

it('leaves the decision to the asynchronous check while a transaction holds the connection', async () => {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  let begun: () => void = () => undefined
  const open = new Promise<void>((resolve) => (begun = resolve))
  const transaction = inTransaction(sql, async () => {
    await bumpCalendarVersion()
    begun()
    await held
    throw new Error('roll back')
  }).catch(() => 'rolled back')
  await open
  expect(authenticate.atOnce(bearer(), clock.now())).toBeUndefined()
  // A signed-in request issued now is answered once the transaction has ended.
  const answered = app.inject(authed(token, { method: 'GET', url: '/api/v1/me/favorites' }))
  release()
  expect(await transaction).toBe('rolled back')
  expect((await answered).statusCode).toBe(200)
})

it('waits for the calendar to reload when another process saved it, then decides at once again', async () => {
  await bumpCalendarVersion()
  expect(authenticate.atOnce(bearer(), clock.now())).toBeUndefined()
  expect((await authenticate(bearer(), clock.now()))?.userId).toEqual(expect.any(String))
  expect(authenticate.atOnce(bearer(), clock.now())?.userId).toEqual(
    sqlite ? expect.any(String) : undefined,
  )
})

it('refuses a signed-out token on the very next request', async () => {
  const other = await login(app, 'dev:at-once-signed-out')
  const me = () => app.inject(authed(other, { method: 'GET', url: '/api/v1/me/favorites' }))
  expect((await me()).statusCode).toBe(200)
  const out = await app.inject(authed(other, { method: 'POST', url: '/api/v1/auth/logout' }))
  expect(out.statusCode).toBe(200)
  expect((await me()).statusCode).toBe(401)
  expect(authenticate.atOnce(`Bearer ${other}`, clock.now())).toBe(sqlite ? null : undefined)
})
