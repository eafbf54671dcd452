// 电子监察: every figure is what a small hand-built set of records implies, over Beijing days.
import type {
  SupervisionBookings,
  SupervisionComplaints,
  SupervisionExport,
  SupervisionRatings,
  SupervisionScans,
  SupervisionTimeliness,
  SupervisionVolume,
} from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { send } from './support'
import { recordsIn } from './supervision-support'

const { app, sql } = testApp()
let admin = ''
const RANGE = 'from=2026-01-12&to=2026-01-23'
const LLC = { kind: 'item', id: 'market-llc-setup' } as const // 即办, 法定 3, 到现场 0
const WORKSHOP = { kind: 'item', id: 'market-food-workshop' } as const // 承诺 5, 法定 15, 到现场 1
const SETUP = { kind: 'bundle', id: 'bundle-enterprise-setup' } as const

const get = async <T>(path: string, query = RANGE) => {
  const answer = await send<T>(app, 'GET', `/api/v1/admin/supervision/${path}?${query}`, {
    token: admin,
  })
  if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${answer.error?.message}`)
  return answer.data
}

beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  const records = recordsIn(sql)
  // A: 即办, accepted and finished on the day (0 working days).
  await records.case({
    source: LLC,
    promisedDays: 0,
    submitted: '2026-01-12 09:00',
    accepted: '2026-01-12 09:30',
    closed: '2026-01-12 15:00',
    rating: { score: 5, at: '2026-01-12 16:00' },
  })
  // B: 5 working days from 01-12 end on 01-19; finished 01-20 = 6 working days, late. 差评 回访 in 3.
  await records.case({
    source: WORKSHOP,
    promisedDays: 5,
    submitted: '2026-01-12 10:00',
    accepted: '2026-01-12 11:00',
    closed: '2026-01-20 10:00',
    rating: { score: 1, at: '2026-01-20 11:00', followedUp: '2026-01-22 10:00' },
  })
  // C: a 一件事 still open.
  await records.case({
    source: SETUP,
    promisedDays: 1,
    submitted: '2026-01-13 09:00',
    accepted: '2026-01-13 09:10',
  })
  // The window's edges in Beijing time: 23:59:59 on the last day counts, midnight after does not.
  await records.case({ source: WORKSHOP, promisedDays: 5, submitted: '2026-01-23 23:59:59' })
  await records.case({ source: WORKSHOP, promisedDays: 5, submitted: '2026-01-24 00:00' })
  await records.case({ source: WORKSHOP, promisedDays: 5, submitted: '2026-01-11 23:59:59' })
  // Finished before the window but rated in it: a 差评 never followed up (due 01-26).
  await records.case({
    source: WORKSHOP,
    promisedDays: 5,
    submitted: '2026-01-05 09:00',
    accepted: '2026-01-05 10:00',
    closed: '2026-01-09 10:00',
    rating: { score: 2, at: '2026-01-21 09:00' },
  })

  await records.complaint('complaint', '2026-01-12 09:00', '2026-01-16 17:00') // due 01-19
  await records.complaint('complaint', '2026-01-13 09:00', '2026-01-21 09:00') // due 01-20: late
  await records.complaint('complaint', '2026-01-22 09:00') // due 01-29: never answered
  await records.complaint('suggestion', '2026-01-14 09:00', '2026-01-15 09:00')
  await records.complaint('complaint', '2026-01-24 09:00') // outside

  await records.booking('sp-qs-center', '2026-01-12', '09:00', 'arrived')
  await records.booking('sp-qs-center', '2026-01-12', '09:00', 'missed')
  await records.booking('sp-qs-center', '2026-01-13', '09:30', 'cancelled')
  await records.booking('sp-qs-center', '2026-01-14', '10:00', 'missed')
  await records.booking('sp-qs-street-xingfulu', '2026-01-15', '09:00', 'arrived')
  await records.booking('sp-qs-center', '2026-01-24', '09:00', 'missed') // outside

  await records.scan('2026-01-12 09:00', 'enterprise')
  await records.scan('2026-01-23 23:59', 'enterprise')
  await records.scan('2026-01-15 12:00', 'bank')
  await records.scan('2026-01-15 12:00', null)
  await records.scan('2026-01-16 12:00', null, false)
  await records.scan('2026-01-24 00:00', 'enterprise') // outside
})
afterAll(() => app.close())

test('办件量 by Beijing day, item and department; 即办件占比; trips saved by the guides’ 到现场次数', async () => {
  const volume = await get<SupervisionVolume>('volume')
  expect(volume.total).toBe(4)
  expect(volume.demoRecords).toBe(0)
  expect(volume.byDay).toHaveLength(12)
  expect(volume.byDay.filter((d) => d.count > 0)).toEqual([
    { day: '2026-01-12', count: 2 },
    { day: '2026-01-13', count: 1 },
    { day: '2026-01-23', count: 1 },
  ])
  expect(volume.byItem.map((i) => [i.id, i.count])).toEqual([
    ['market-food-workshop', 2],
    ['market-llc-setup', 1], // ties by name: 企业开办（有限责任公司设立登记）before 企业开办一件事
    ['bundle-enterprise-setup', 1],
  ])
  expect(volume.byDepartment).toContainEqual({ department: '青山区市场监督管理局', count: 3 })
  expect(volume.byDepartment).toContainEqual({
    department: '一件事综合窗口（多部门联办）',
    count: 1,
  })
  expect(volume.instant).toEqual({ count: 1, share: 0.25 })

  const members = await sql
    .selectFrom('catalog_bundle_items as bi')
    .innerJoin('catalog_items as i', 'i.id', 'bi.item_id')
    .select('i.visits')
    .where('bi.bundle_id', '=', SETUP.id)
    .execute()
  const bundle = await sql
    .selectFrom('catalog_bundles')
    .select('visits')
    .where('id', '=', SETUP.id)
    .executeTakeFirstOrThrow()
  const separate = members.reduce((sum, m) => sum + m.visits, 0)
  // 2 × 1 (workshop) + 0 (LLC) + the bundle's members one by one.
  expect(volume.trips).toEqual({
    baseline: 2 + separate,
    savedByBundles: separate - bundle.visits,
    savedByProxy: 2 + bundle.visits,
    compression: 1,
  })
})

test('办理时长 in working days against 承诺 and 法定 time limits; late and same-day cases', async () => {
  const t = await get<SupervisionTimeliness>('timeliness')
  expect(t).toMatchObject({
    finished: 2,
    avgActualDays: 3,
    avgPromisedDays: 2.5,
    avgLegalDays: 9,
    withLegal: 2,
    late: 1,
    sameDay: 1,
  })
  expect(t.promisedCompression).toBeCloseTo(1 - 5 / 18)
  expect(t.actualCompression).toBeCloseTo(1 - 6 / 18)
  expect(t.byItem).toContainEqual({
    kind: 'item',
    id: 'market-food-workshop',
    name: '食品生产加工小作坊登记',
    finished: 1,
    avgActualDays: 6,
    promisedDays: 5,
    legalDays: 15,
    late: 1,
  })
})

test('好差评 distribution, 满意率 and 差评回访 within 3 working days', async () => {
  const r = await get<SupervisionRatings>('ratings')
  expect(r.total).toBe(3)
  expect(r.levels.map((l) => [l.label, l.count])).toEqual([
    ['非常满意', 1],
    ['满意', 0],
    ['基本满意', 0],
    ['不满意', 1],
    ['非常不满意', 1],
  ])
  expect(r.satisfaction).toBeCloseTo(1 / 3)
  expect(r.poor).toBe(2)
  expect(r.followUp).toEqual({
    onTime: 1,
    late: 0,
    pendingOverdue: 1,
    pending: 0,
    onTimeShare: 0.5,
  })
})

test('投诉 answered within 5 working days, late, or still unanswered past the due day', async () => {
  const c = await get<SupervisionComplaints>('complaints')
  expect(c.kinds).toEqual([
    {
      kind: 'complaint',
      label: '投诉',
      total: 3,
      onTime: 1,
      late: 1,
      openOverdue: 1,
      open: 0,
      onTimeShare: 1 / 3,
    },
    {
      kind: 'suggestion',
      label: '建议',
      total: 1,
      onTime: 1,
      late: 0,
      openOverdue: 0,
      open: 0,
      onTimeShare: 1,
    },
  ])
})

test('预约: no-shows are past slots with neither check-in nor cancellation; half-hours per point', async () => {
  const b = await get<SupervisionBookings>('bookings')
  expect(b.points).toEqual([
    {
      pointId: 'sp-qs-center',
      name: '青山区政务服务中心',
      booked: 3,
      cancelled: 1,
      arrived: 1,
      noShow: 2,
      upcoming: 0,
      noShowRate: 2 / 3,
    },
    expect.objectContaining({ pointId: 'sp-qs-street-xingfulu', booked: 1, arrived: 1, noShow: 0 }),
  ])
  expect(b.noShowRate).toBe(0.5)
  expect(b.halfHours).toEqual(['09:00', '10:00'])
  expect(b.heat).toEqual([
    { pointId: 'sp-qs-center', time: '09:00', count: 2 },
    { pointId: 'sp-qs-center', time: '10:00', count: 1 },
    { pointId: 'sp-qs-street-xingfulu', time: '09:00', count: 1 },
  ])
})

test('一码通 scans per zone, codes outside a zone and refused codes apart', async () => {
  const s = await get<SupervisionScans>('scans')
  expect(s.total).toBe(5)
  expect(s.refused).toBe(1)
  expect(s.zones.map((z) => [z.zoneId, z.count])).toEqual([
    ['enterprise', 2],
    ['bank', 1],
    ['mall-wanda', 0],
    ['mall-zhengxiang', 0],
    [null, 1],
  ])
})

test('CSV export: UTF-8 with BOM, a header row, numbers unquoted, text quoted only when needed', async () => {
  const day = await get<SupervisionExport>('export', `${RANGE}&table=volume-day`)
  expect(day.filename).toBe('电子监察-办件量（按日）-2026-01-12至2026-01-23.csv')
  const lines = day.csv.split('\r\n')
  expect(lines[0]).toBe('\uFEFF日期,办件量')
  expect(lines[1]).toBe('2026-01-12,2')
  expect(lines).toHaveLength(14) // header, 12 days, the final line break
  const complaints = await get<SupervisionExport>('export', `${RANGE}&table=complaints`)
  expect(complaints.csv.split('\r\n')[1]).toBe('投诉,3,1,1,1,0,33.3')
})

test('a range ending before it starts, or longer than a year, is refused with what to do', async () => {
  const backwards = await send(
    app,
    'GET',
    '/api/v1/admin/supervision/volume?from=2026-02-01&to=2026-01-01',
    { token: admin },
  )
  expect(backwards.status).toBe(400)
  expect(backwards.error).toMatchObject({
    code: 'SUPERVISION_RANGE',
    message: expect.stringContaining('结束日期早于开始日期'),
  })
  const long = await send(
    app,
    'GET',
    '/api/v1/admin/supervision/ratings?from=2025-01-01&to=2026-01-02',
    { token: admin },
  )
  expect(long.error?.code).toBe('SUPERVISION_RANGE')
  const unreal = await send(
    app,
    'GET',
    '/api/v1/admin/supervision/scans?from=2026-02-30&to=2026-03-01',
    { token: admin },
  )
  expect(unreal.error?.code).toBe('SUPERVISION_RANGE')
})

test('a scan in the app records the zone of the district code, so the dashboard can count it', async () => {
  const resident = await login(app, 'dev:supervision-scanner')
  const zone = await send<{ services: { link: string }[] }>(app, 'GET', '/api/v1/qr/zones/bank', {
    token: resident,
  })
  const link = zone.data.services[0]?.link ?? ''
  await send(app, 'POST', '/api/v1/qr/resolve', { token: resident }, { text: link })
  await send(
    app,
    'POST',
    '/api/v1/qr/resolve',
    { token: resident },
    { text: 'https://example.com/pay' },
  )
  const today = await get<SupervisionScans>('scans', 'from=2026-03-02&to=2026-03-02')
  expect(today.zones.find((z) => z.zoneId === 'bank')?.count).toBe(1)
  expect(today.refused).toBe(1)
  expect(today.total).toBe(2)
})
