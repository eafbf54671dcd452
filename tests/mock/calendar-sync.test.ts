// The holiday calendar is brought up to the database's before every API request, whichever way
// the request comes: signed in (the version is read with the session, see calendar-edit.test.ts),
// anonymous, with the console's cookie, or outside the contract. A save made by another server
// process (the version moved on in the database) holds on the very next request. Only the health
// check, whose answer cannot depend on the calendar, skips the read.
import {
  BUILT_IN_HOLIDAY_YEARS,
  isPublicHoliday,
  type BookableDates,
  type SlotList,
} from '../../src/services/contract'
import { cookieOf, send } from './admin/support'
import { ITEM_POINT, call, pickItems } from './appointment/support'
import { login, testApp } from './helpers'

const { app, sql } = testApp() // Monday 2026-03-02 09:00
const DAY = '2026-03-05'
const BUILT_IN_2026 = BUILT_IN_HOLIDAY_YEARS.find((y) => y.year === 2026)
let consoleCookie = ''
beforeAll(async () => {
  await app.ready()
  const signedIn = await send(app, 'POST', '/api/v1/admin/sign-in/dev', {}, { handle: 'admin-1' })
  consoleCookie = cookieOf(signedIn.cookie)
})
afterAll(() => app.close())

/** What another process's save leaves in the database: the year, and the version moved on. */
async function savedElsewhere(holiday: boolean) {
  const holidays = [
    ...(BUILT_IN_2026?.holidays ?? []),
    ...(holiday ? [{ name: '示例', from: DAY, to: DAY }] : []),
  ]
  const row = {
    year: 2026,
    holidays_json: JSON.stringify(holidays),
    makeup_days_json: JSON.stringify(BUILT_IN_2026?.makeupDays ?? []),
    edited_at: '2026-03-02T01:00:00.000Z',
  }
  await sql
    .insertInto('holiday_years')
    .values(row)
    .onConflict((conflict) => conflict.column('year').doUpdateSet(row))
    .execute()
  await sql
    .updateTable('holiday_calendar_version')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .execute()
}

test.each<[string, { url: string; cookie?: boolean }]>([
  ['an anonymous contract route', { url: '/api/v1/admin/sign-in/options' }],
  ['a console route signed in by cookie', { url: '/api/v1/admin/me', cookie: true }],
  ['an API route outside the contract', { url: '/api/v1/openapi.json' }],
])('%s sees a holiday saved on another process at once', async (_name, request) => {
  await savedElsewhere(true)
  const headers = request.cookie ? { cookie: consoleCookie } : {}
  expect((await app.inject({ method: 'GET', url: request.url, headers })).statusCode).toBe(200)
  expect(isPublicHoliday(DAY)).toBe(true)
  await savedElsewhere(false)
  expect((await app.inject({ method: 'GET', url: request.url, headers })).statusCode).toBe(200)
  expect(isPublicHoliday(DAY)).toBe(false)
})

test('the health check answers without reading the calendar', async () => {
  await savedElsewhere(true)
  expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200)
  expect(isPublicHoliday(DAY)).toBe(false)
  expect((await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).statusCode).toBe(200)
  expect(isPublicHoliday(DAY)).toBe(true)
  await savedElsewhere(false)
})

test('the booking dates, worked out once per calendar, follow a holiday saved on another process at once', async () => {
  const token = await login(app)
  const { both } = await pickItems(sql, ITEM_POINT, 'sp-qs-mall-wanda')
  const query = `itemId=${both}&pointId=${ITEM_POINT}`
  const listed = async () =>
    (await call<BookableDates>(app, token, 'GET', `/api/v1/appointments/dates?${query}`)).data.dates
      .map((d) => d.date)
      .includes(DAY)
  const slots = async () =>
    (await call<SlotList>(app, token, 'GET', `/api/v1/appointments/slots?${query}&date=${DAY}`))
      .status
  expect(await listed()).toBe(true)
  await savedElsewhere(true)
  expect(await listed()).toBe(false)
  expect(await slots()).toBe(400)
  await savedElsewhere(false)
  expect(await listed()).toBe(true)
  expect(await slots()).toBe(200)
})
