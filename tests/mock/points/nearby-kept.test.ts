// 就近办 from the same place is an answer kept with the points it is made of (per catalog
// version): asked again it is the same, and a point renamed by another process — straight to
// the database here — shows in the next answer.
import type { Output } from '../../../src/services/contract'
import { authed, json, login, testApp } from '../helpers'
import { sqlOf } from '../cases/statements'

type Nearby = Output<'GET /api/v1/service-points/nearby'>
const { app, sql } = testApp()
let token = ''
beforeAll(async () => {
  await app.ready()
  token = await login(app, 'dev:nearby-kept')
})
afterAll(() => app.close())

const nearby = async (query: string) => {
  const response = await app.inject(
    authed(token, { method: 'GET', url: `/api/v1/service-points/nearby${query}` }),
  )
  expect(response.statusCode).toBe(200)
  return json<{ data: Nearby }>(response).data
}

test.each([
  ['from a shared location', '?latitude=40.65&longitude=109.9'],
  ['from the district centre', ''],
])('就近办 %s shows a point renamed by another process at once', async (_case, query) => {
  const first = await nearby(query)
  expect(await nearby(query)).toEqual(first)
  const nearest = first.points[0]?.point
  if (!nearest) throw new Error('no service point')
  const ran = await sqlOf(() => nearby(query))
  if (ran !== null) expect(ran).toHaveLength(2) // the session, the catalog's version

  await sql
    .updateTable('service_points')
    .set({ name: `示例 另一进程改的网点 ${query}` })
    .where('id', '=', nearest.id)
    .execute()
  const after = await nearby(query)
  expect(after.points[0]?.point.name).toBe(`示例 另一进程改的网点 ${query}`)
  expect(after.points.map((p) => p.distanceMeters)).toEqual(
    first.points.map((p) => p.distanceMeters),
  )
  await sql
    .updateTable('service_points')
    .set({ name: nearest.name })
    .where('id', '=', nearest.id)
    .execute()
})

test('就近办 for one item reads the points handling it on every request', async () => {
  const all = await nearby('')
  const withItem = await nearby('?itemId=no-such-item')
  expect(withItem.points).toEqual([])
  expect(all.points.length).toBeGreaterThan(0)
})
