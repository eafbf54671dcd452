// Service points in the console: hours, details and the items a point handles, seen at once by
// booking, the point pages, the guide and 就近办; validated, audited, never overwritten by the seed.
import type {
  AdminPointDetail,
  AdminPointList,
  BookableDates,
  CatalogItemOptions,
  ConsoleAuditPage,
  Guide,
  NearbyResult,
  PointCreate,
  PointEdit,
  ServicePoint,
  SlotList,
} from '../../../src/services/contract'
import { catalogVersion } from '../../../mock/modules/catalog/version-cache'
import { login, sharedDatabase, testApp } from '../helpers'
import { exported, upload, workbookOf } from './catalog-support'
import { send } from './support'

const CENTRE = 'sp-qs-center'
const MALL = 'sp-qs-mall-wanda'
const database = sharedDatabase()
let started = testApp({ database: database.open() }) // Monday 2026-03-02 09:00
let admin = ''
let resident = ''
beforeAll(async () => {
  await started.app.ready()
  admin = await login(started.app, 'dev:admin-1')
  resident = await login(started.app, 'dev:points-resident')
})
afterAll(async () => {
  await started.app.close()
  await database.remove()
})

const get = <T>(url: string, token = admin) => send<T>(started.app, 'GET', url, { token })
const post = <T>(url: string, body: object, token = admin) =>
  send<T>(started.app, 'POST', url, { token }, body)

async function centreEdit(): Promise<PointEdit> {
  const { point } = (await get<AdminPointDetail>(`/api/v1/admin/points/${CENTRE}`)).data
  const { name, street, address, phone, latitude, longitude, hours, features } = point
  return { name, street, address, phone, latitude, longitude, hours, features }
}

test('new opening hours change the booking slots and the point page at once; the edit is audited', async () => {
  const list = await get<AdminPointList>('/api/v1/admin/points')
  expect(list.data.items.find((p) => p.id === CENTRE)).toMatchObject({ editedAt: null })
  const before = await centreEdit()
  const edit: PointEdit = {
    ...before,
    phone: '0472-5112345',
    hours: [
      // Tuesday: an earlier start and a later lunch; the other days as they were.
      ...before.hours.filter((d) => d.weekday !== 2),
      {
        weekday: 2,
        spans: [
          { open: '13:00', close: '17:00' },
          { open: '08:30', close: '12:00' },
        ],
      },
    ],
    features: [...before.features, '示例 午间不打烊'],
  }
  const saved = await post<AdminPointDetail>(`/api/v1/admin/points/${CENTRE}`, edit)
  expect(saved.status).toBe(200)
  expect(saved.data.point.editedAt).not.toBeNull()
  // Spans are kept in order of the day.
  expect(saved.data.point.hours.find((d) => d.weekday === 2)?.spans[0]).toEqual({
    open: '08:30',
    close: '12:00',
  })

  const shown = await get<ServicePoint>(`/api/v1/service-points/${CENTRE}`, resident)
  expect(shown.data.phone).toBe('0472-5112345')
  expect(shown.data.features).toContain('示例 午间不打烊')
  const itemId = saved.data.items[0]?.itemId ?? ''
  const slots = await get<SlotList>(
    `/api/v1/appointments/slots?itemId=${itemId}&pointId=${CENTRE}&date=2026-03-03`,
    resident,
  )
  const times = slots.data.slots.map((s) => s.time)
  expect(times[0]).toBe('08:30')
  expect(times).toContain('13:00')
  expect(times).not.toContain('12:30')
  expect(times[times.length - 1]).toBe('16:30')

  const audit = await get<ConsoleAuditPage>('/api/v1/admin/audit?area=point')
  expect(audit.data.items[0]).toMatchObject({
    action: 'point.edited',
    target: { kind: 'service_point', id: CENTRE },
    before: { phone: before.phone },
    after: { phone: '0472-5112345' },
  })
})

test('the items a point handles: written in one go, the guide, 就近办 and the point list see them at once', async () => {
  const options = await get<CatalogItemOptions>('/api/v1/admin/points/item-options')
  const mall = await get<AdminPointDetail>(`/api/v1/admin/points/${MALL}`)
  const handled = new Set(mall.data.items.map((i) => i.itemId))
  const added = options.data.items.find((i) => !handled.has(i.id))
  if (!added) throw new Error('the mall handles every item')
  const versionBefore = await catalogVersion(started.sql)
  const saved = await post<AdminPointDetail>(`/api/v1/admin/points/${MALL}/items`, {
    set: [{ itemId: added.id, window: '示例 3号综合窗口' }],
    remove: [mall.data.items[0]?.itemId ?? ''],
  })
  expect(saved.status).toBe(200)
  expect(saved.data.point.itemCount).toBe(mall.data.point.itemCount)
  expect(saved.data.total).toBe(mall.data.point.itemCount)
  expect(await catalogVersion(started.sql)).toBeGreaterThan(versionBefore)

  const guide = await get<Guide>(`/api/v1/catalog/items/${added.id}`, resident)
  expect(guide.data.places).toContainEqual(
    expect.objectContaining({ pointId: MALL, window: '示例 3号综合窗口' }),
  )
  const removed = mall.data.items[0]?.itemId ?? ''
  const nearby = await get<NearbyResult>(
    `/api/v1/service-points/nearby?itemId=${removed}`,
    resident,
  )
  expect(nearby.data.points.map((p) => p.point.id)).not.toContain(MALL)
  const dates = await get<BookableDates>(
    `/api/v1/appointments/dates?itemId=${added.id}&pointId=${MALL}`,
    resident,
  )
  expect(dates.status).toBe(200)

  const audit = await get<ConsoleAuditPage>('/api/v1/admin/audit?area=point')
  expect(audit.data.items[0]).toMatchObject({ action: 'point.items_set' })
})

test.each([
  [
    'overlapping spans',
    {
      hours: [
        {
          weekday: 1,
          spans: [
            { open: '09:00', close: '12:00' },
            { open: '11:30', close: '17:00' },
          ],
        },
      ],
    },
    'POINT_HOURS_INVALID',
    '时段重叠',
  ],
  [
    'closing before opening',
    { hours: [{ weekday: 3, spans: [{ open: '17:00', close: '09:00' }] }] },
    'POINT_HOURS_INVALID',
    '关门时间应晚于开门时间',
  ],
  [
    'a weekday twice',
    {
      hours: [
        { weekday: 1, spans: [] },
        { weekday: 1, spans: [{ open: '09:00', close: '12:00' }] },
      ],
    },
    'POINT_HOURS_INVALID',
    '周一填写了两次',
  ],
  [
    'coordinates in Beijing',
    { latitude: 39.9042, longitude: 116.4074 },
    'POINT_OUTSIDE_DISTRICT',
    '包头市',
  ],
  [
    'a time that is no time',
    { hours: [{ weekday: 1, spans: [{ open: '25:00', close: '26:00' }] }] },
    'VALIDATION_FAILED',
    '时:分',
  ],
  ['weekday 8', { hours: [{ weekday: 8, spans: [] }] }, 'VALIDATION_FAILED', '星期'],
  ['a phone with letters', { phone: '0472-CALLME' }, 'VALIDATION_FAILED', '电话'],
  [
    'a script for a name',
    { name: '<script>alert(1)</script>'.repeat(4) },
    'VALIDATION_FAILED',
    '不能超过40个字',
  ],
  ['a blank name', { name: '\u200b \u200b' }, 'VALIDATION_FAILED', '请填写网点名称'],
])('refused, with a message to act on: %s', async (_case, change, code, words) => {
  const answer = await post(`/api/v1/admin/points/${CENTRE}`, {
    ...(await centreEdit()),
    ...change,
  })
  expect(answer.status).toBe(400)
  expect(answer.error?.code).toBe(code)
  expect(JSON.stringify(answer.error)).toContain(words)
})

test('items: an unknown item, a repeated one or a wrong shape is refused and nothing changes', async () => {
  const before = (await get<AdminPointDetail>(`/api/v1/admin/points/${MALL}`)).data.items
  const unknown = await post(`/api/v1/admin/points/${MALL}/items`, {
    set: [{ itemId: "x' OR 1=1 --", window: '1号窗口' }],
    remove: [],
  })
  expect(unknown.status).toBe(400)
  expect(unknown.error?.code).toBe('POINT_ITEM_UNKNOWN')
  const first = before[0]?.itemId ?? ''
  const twice = await post(`/api/v1/admin/points/${MALL}/items`, {
    set: [{ itemId: first, window: '1号窗口' }],
    remove: [first],
  })
  expect(twice.error?.code).toBe('POINT_ITEM_UNKNOWN')
  expect((await post(`/api/v1/admin/points/${MALL}/items`, { set: 'all' })).status).toBe(400)
  expect(
    (await post('/api/v1/admin/points/sp-nowhere/items', { set: [], remove: [] })).status,
  ).toBe(404)
  expect((await get<AdminPointDetail>(`/api/v1/admin/points/${MALL}`)).data.items).toEqual(before)
})

let createdId = ''

test('新增网点: the mini program lists it, 就近办 finds it and an 实施清单 row can name it', async () => {
  const point: PointCreate = {
    ...(await centreEdit()),
    kind: 'community',
    name: '示例 富强路社区便民服务站（新增）',
    address: '示例 青山区富强路12号',
    phone: '0472-5119988',
    latitude: 40.6671,
    longitude: 109.8702,
    features: ['示例 老年人帮办'],
  }
  const created = await post<AdminPointDetail>('/api/v1/admin/points', point)
  expect(created.status).toBe(200)
  createdId = created.data.point.id
  expect(created.data.point).toMatchObject({ kind: 'community', name: point.name, itemCount: 0 })
  expect(created.data.point.editedAt).not.toBeNull()

  const listed = await get<{ items: ServicePoint[] }>('/api/v1/service-points', resident)
  expect(listed.data.items.map((p) => p.id)).toContain(createdId)
  const nearby = await get<NearbyResult>(
    `/api/v1/service-points/nearby?latitude=40.6671&longitude=109.8702`,
    resident,
  )
  expect(nearby.data.points[0]?.point.id).toBe(createdId)

  const row = (await exported(started.app, admin)).find((r) => r['示例'] !== '是')
  if (!row) throw new Error('no row')
  const named = { ...row, 地点: `${row['地点']}\n${point.name}｜1号窗口` }
  const preview = await upload(started.app, admin, '实施清单.xlsx', await workbookOf([named]))
  expect(preview.error).toBeUndefined()
  expect(preview.data?.counts).toMatchObject({ changed: 1 })

  const audit = await get<ConsoleAuditPage>('/api/v1/admin/audit?area=point')
  expect(audit.data.items[0]).toMatchObject({ action: 'point.created' })

  const again = await post('/api/v1/admin/points', { ...point, name: ` ${point.name}\u200b` })
  expect(again.status).toBe(409)
  expect(again.error?.code).toBe('POINT_NAME_TAKEN')
  for (const [change, code, words] of [
    [{ kind: 'palace' }, 'VALIDATION_FAILED', '网点类型'],
    [{ latitude: 31.23, longitude: 121.47 }, 'POINT_OUTSIDE_DISTRICT', '包头'],
    [
      { hours: [{ weekday: 1, spans: [{ open: '18:00', close: '09:00' }] }] },
      'POINT_HOURS_INVALID',
      '营业时间',
    ],
    [{ name: '<img src=x onerror=alert(1)>'.repeat(3) }, 'VALIDATION_FAILED', '不能超过40个字'],
  ] as const) {
    const refused = await post('/api/v1/admin/points', {
      ...point,
      name: `示例 其他网点`,
      ...change,
    })
    expect(refused.error?.code).toBe(code)
    expect(JSON.stringify(refused.error)).toContain(words)
  }
  const points = await get<{ items: ServicePoint[] }>('/api/v1/service-points', resident)
  expect(points.data.items.filter((p) => p.name.startsWith('示例 其他网点'))).toEqual([])
})

test('a restart re-seeds reference data but keeps the points the console edited', async () => {
  await started.app.close()
  started = testApp({ database: database.open() })
  await started.app.ready()
  admin = await login(started.app, 'dev:admin-1')
  const centre = await get<AdminPointDetail>(`/api/v1/admin/points/${CENTRE}`)
  expect(centre.data.point.phone).toBe('0472-5112345')
  expect(centre.data.point.features).toContain('示例 午间不打烊')
  const mall = await get<AdminPointDetail>(
    `/api/v1/admin/points/${MALL}?q=${encodeURIComponent('示例 3号综合窗口')}`,
  )
  expect(mall.data.items.map((i) => i.window)).toEqual(['示例 3号综合窗口'])
  const created = await get<AdminPointDetail>(`/api/v1/admin/points/${createdId}`)
  expect(created.data.point.kind).toBe('community')
})
