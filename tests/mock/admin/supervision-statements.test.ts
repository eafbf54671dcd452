// What 电子监察's busiest reads cost the database: the window's counts in one statement each (a
// UNION ALL of the per-day and per-source counts, of the per-point and per-half-hour bookings),
// not one per table. Counted on SQLite; the figures themselves are checked on both engines in
// supervision-figures.test.ts.
import type { SupervisionBookings, SupervisionVolume } from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { sqlOf } from '../cases/statements'
import { send } from './support'
import { recordsIn } from './supervision-support'

const { app, sql } = testApp()
let admin = ''
const RANGE = 'from=2026-02-02&to=2026-02-06'

beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  const records = recordsIn(sql)
  await records.case({
    source: { kind: 'item', id: 'market-food-workshop' },
    promisedDays: 5,
    submitted: '2026-02-03 10:00',
  })
  await records.case({
    source: { kind: 'item', id: 'market-food-workshop' },
    promisedDays: 0,
    submitted: '2026-02-04 11:00',
  })
  await records.booking('sp-qs-center', '2026-02-04', '09:00', 'arrived')
  await records.booking('sp-qs-center', '2026-02-04', '09:30', 'cancelled')
})
afterAll(() => app.close())

/** The SQL a warm request runs (the catalog's names already read once), and its answer. */
async function warmRead<T>(path: string) {
  const url = `/api/v1/admin/supervision/${path}`
  await send(app, 'GET', url, { token: admin })
  let data: T | undefined
  const ran = await sqlOf(async () => {
    const answer = await send<T>(app, 'GET', url, { token: admin })
    expect(answer.status).toBe(200)
    data = answer.data
  })
  return { ran, data: data as T }
}

const reading = (ran: string[], table: string) => ran.filter((s) => s.includes(`from "${table}"`))

test('the volume reads its cases once: by day and by source in one statement', async () => {
  const { ran, data } = await warmRead<SupervisionVolume>(`volume?${RANGE}`)
  expect(data.total).toBe(2)
  expect(data.byDay.filter((d) => d.count > 0).map((d) => d.day)).toEqual([
    '2026-02-03',
    '2026-02-04',
  ])
  expect(data.instant.count).toBe(1)
  if (ran === null) return
  expect(reading(ran, 'cases')).toHaveLength(1)
  // The session, the administrator's grant, the counts, the catalog's version (names kept per it).
  expect(ran).toHaveLength(4)
})

test('the bookings read their appointments once: per point and per half-hour in one statement', async () => {
  const { ran, data } = await warmRead<SupervisionBookings>(`bookings?${RANGE}`)
  expect(data.points.find((p) => p.pointId === 'sp-qs-center')).toMatchObject({
    booked: 1,
    cancelled: 1,
    arrived: 1,
  })
  expect(data.heat).toContainEqual({ pointId: 'sp-qs-center', time: '09:00', count: 1 })
  expect(data.heat.some((h) => h.time === '09:30')).toBe(false)
  if (ran === null) return
  expect(reading(ran, 'appointments')).toHaveLength(1)
  expect(ran).toHaveLength(4)
})

test('the export of the volume by day reads what the volume reads', async () => {
  const { ran } = await warmRead<{ csv: string }>(`export?${RANGE}&table=volume-day`)
  if (ran === null) return
  expect(reading(ran, 'cases')).toHaveLength(1)
  expect(ran).toHaveLength(4)
})
