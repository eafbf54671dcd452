// 电子监察 reads item, bundle and point names once per catalog version: a rename written by
// another process — straight to the database here — shows in the next answer.
import type { SupervisionBookings, SupervisionVolume } from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { send } from './support'
import { recordsIn } from './supervision-support'

const { app, sql } = testApp()
let admin = ''
const RANGE = 'from=2026-02-02&to=2026-02-06'
const ITEM = 'market-food-workshop'
const POINT = 'sp-qs-center'

const get = async <T>(path: string) => {
  const answer = await send<T>(app, 'GET', `/api/v1/admin/supervision/${path}?${RANGE}`, {
    token: admin,
  })
  expect(answer.status).toBe(200)
  return answer.data
}

beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  const records = recordsIn(sql)
  await records.case({
    source: { kind: 'item', id: ITEM },
    promisedDays: 5,
    submitted: '2026-02-03 10:00',
  })
  await records.booking(POINT, '2026-02-04', '09:00', 'arrived')
})
afterAll(() => app.close())

test('the volume by item and the bookings by point show names changed by another process at once', async () => {
  const volume = await get<SupervisionVolume>('volume')
  expect(await get<SupervisionVolume>('volume')).toEqual(volume)
  const bookings = await get<SupervisionBookings>('bookings')
  expect(await get<SupervisionBookings>('bookings')).toEqual(bookings)
  expect(volume.byItem.map((i) => i.id)).toContain(ITEM)
  expect(bookings.points.map((p) => p.pointId)).toContain(POINT)

  await sql
    .updateTable('catalog_items')
    .set({ name: '示例 另一进程改的事项' })
    .where('id', '=', ITEM)
    .execute()
  await sql
    .updateTable('service_points')
    .set({ name: '示例 另一进程改的网点' })
    .where('id', '=', POINT)
    .execute()

  const renamed = (await get<SupervisionVolume>('volume')).byItem.find((i) => i.id === ITEM)
  expect(renamed?.name).toBe('示例 另一进程改的事项')
  const point = (await get<SupervisionBookings>('bookings')).points.find((p) => p.pointId === POINT)
  expect(point?.name).toBe('示例 另一进程改的网点')
})
