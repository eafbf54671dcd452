// Console answers kept whole and encoded once (mock/http/kept-answer.ts), with the cached lists
// they are made of: the material library, the service points and a point's page per catalog
// version, the holiday years per calendar version. Once warm, a write from any process —
// straight to the database here — shows in the next answer.
import type {
  AdminHolidayYear,
  AdminPoint,
  AdminPointDetail,
  ConsoleMaterial,
} from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { sqlOf } from '../cases/statements'
import { send } from './support'

const { app, sql } = testApp()
let admin = ''
beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
})
afterAll(() => app.close())

const get = async <T>(url: string) => {
  const answer = await send<T>(app, 'GET', url, { token: admin })
  expect(answer.status).toBe(200)
  return answer.data
}
/** Asked twice: the second answer is the kept one and must equal the first. */
const warm = async <T>(url: string) => {
  const first = await get<T>(url)
  expect(await get<T>(url)).toEqual(first)
  return first
}

test('the material library shows a material renamed by another process at once', async () => {
  const url = '/api/v1/admin/catalog/materials'
  const material = (await warm<{ items: ConsoleMaterial[] }>(url)).items[0]
  if (!material) throw new Error('no material in the library')
  await sql
    .updateTable('catalog_materials')
    .set({ name: '示例 另一进程改的材料' })
    .where('id', '=', material.id)
    .execute()
  const after = (await get<{ items: ConsoleMaterial[] }>(url)).items
  expect(after.find((m) => m.id === material.id)?.name).toBe('示例 另一进程改的材料')
})

test('the service points and a point page show a point renamed by another process at once', async () => {
  const point = (await warm<{ items: AdminPoint[] }>('/api/v1/admin/points')).items[0]
  if (!point) throw new Error('no service point')
  const pageUrl = `/api/v1/admin/points/${point.id}`
  await warm<AdminPointDetail>(pageUrl)
  await sql
    .updateTable('service_points')
    .set({ name: '示例 另一进程改的网点' })
    .where('id', '=', point.id)
    .execute()
  const list = (await get<{ items: AdminPoint[] }>('/api/v1/admin/points')).items
  expect(list.find((p) => p.id === point.id)?.name).toBe('示例 另一进程改的网点')
  expect((await get<AdminPointDetail>(pageUrl)).point.name).toBe('示例 另一进程改的网点')
})

test('the holiday years show a year written by another process at once, with no read of their own', async () => {
  const url = '/api/v1/admin/calendar/years'
  const before = await warm<{ items: AdminHolidayYear[] }>(url)
  expect(before.items.some((y) => y.year === 2031)).toBe(false)
  // The session's read brings the calendar up to its version: the list reads nothing more.
  const ran = await sqlOf(() => get(url))
  if (ran !== null) expect(ran).toHaveLength(2) // the session, the administrator's grant

  await sql
    .insertInto('holiday_years')
    .values({
      year: 2031,
      holidays_json: JSON.stringify([{ name: '元旦', from: '2031-01-01', to: '2031-01-01' }]),
      makeup_days_json: '[]',
      edited_by: null,
      edited_at: '2030-12-01T00:00:00.000Z',
    })
    .execute()
  const after = (await get<{ items: AdminHolidayYear[] }>(url)).items
  expect(after.find((y) => y.year === 2031)).toEqual({
    year: 2031,
    holidays: [{ name: '元旦', from: '2031-01-01', to: '2031-01-01' }],
    makeupDays: [],
    editedAt: '2030-12-01T00:00:00.000Z',
  })
  await sql.deleteFrom('holiday_years').where('year', '=', 2031).execute()
  expect((await get<{ items: AdminHolidayYear[] }>(url)).items).toEqual(before.items)
})

test('a policy editor read with a bearer token checks the administrator grant once', async () => {
  const url = '/api/v1/admin/policies/qs-startup-rent'
  await warm(url)
  const ran = await sqlOf(() => get(url))
  if (ran === null) return
  expect(ran.filter((s) => s.includes('from "role_grants"'))).toHaveLength(1)
  expect(ran).toHaveLength(3) // the session, the grant, the policies version
})
