// 一码通 in the console: zones created and edited, codes issued and revoked, the wall printed —
// what a resident scans follows at once; validated, audited, kept over a re-seed.
import type {
  AdminQrCode,
  AdminQrZone,
  AdminQrZones,
  ConsoleAuditPage,
  QrResolution,
  QrWallSheet,
  Zone,
} from '../../../src/services/contract'
import { login, sharedDatabase, testApp } from '../helpers'
import { send } from './support'

const database = sharedDatabase()
let started = testApp({ database: database.open() })
let admin = ''
let resident = ''
beforeAll(async () => {
  await started.app.ready()
  admin = await login(started.app, 'dev:admin-1')
  resident = await login(started.app, 'dev:qr-resident')
})
afterAll(async () => {
  await started.app.close()
  await database.remove()
})

const get = <T>(url: string, token = admin) => send<T>(started.app, 'GET', url, { token })
const post = <T>(url: string, body: object, token = admin) =>
  send<T>(started.app, 'POST', url, { token }, body)
const scan = async (text: string) =>
  (await post<QrResolution>('/api/v1/qr/resolve', { text }, resident)).data

const HALL = {
  id: 'test-hall',
  name: '示例 社保医保专区',
  pointId: 'sp-qs-center',
  description: '示例：社保、医保业务集中办理。',
}

test('the seeded zones are listed with their codes', async () => {
  const zones = await get<AdminQrZones>('/api/v1/admin/qr/zones')
  const enterprise = zones.data.items.find((z) => z.id === 'enterprise')
  expect(enterprise).toMatchObject({
    pointName: expect.stringContaining('政务服务中心'),
    editedAt: null,
  })
  expect(enterprise?.codes.map((c) => c.kind)).toEqual(
    expect.arrayContaining(['zone', 'guide', 'queue']),
  )
})

test('a new zone, a code issued in it, the printed wall, a resident scan; revoking stops the code', async () => {
  const created = await post<AdminQrZone>('/api/v1/admin/qr/zones', HALL)
  expect(created.status).toBe(201)
  expect(created.data.codes).toEqual([expect.objectContaining({ kind: 'zone', title: HALL.name })])
  const options = await get<{ items: { id: string; name: string }[] }>(
    '/api/v1/admin/points/item-options',
  )
  const item = options.data.items[0]
  if (!item) throw new Error('no catalog items')
  const issued = await post<AdminQrCode>(`/api/v1/admin/qr/zones/${HALL.id}/codes`, {
    kind: 'guide',
    targetId: item.id,
    title: '示例 医保登记',
  })
  expect(issued.status).toBe(201)

  const wall = await get<QrWallSheet>(`/api/v1/admin/qr/zones/${HALL.id}/wall`)
  expect(wall.data.zone).toBe(HALL.name)
  expect(wall.data.codes.map((c) => c.title)).toEqual(['专区服务一览', '示例 医保登记'])
  for (const code of wall.data.codes) expect(wall.data.html).toContain(code.payload)
  const guideCode = wall.data.codes[1]?.link ?? ''
  expect(await scan(guideCode)).toMatchObject({
    result: 'official',
    action: { kind: 'guide', itemId: item.id },
  })
  const zonePage = await get<Zone>(`/api/v1/qr/zones/${HALL.id}`, resident)
  expect(zonePage.data.name).toBe(HALL.name)

  const revoked = await post<AdminQrCode>(`/api/v1/admin/qr/codes/${issued.data.id}/revoke`, {})
  expect(revoked.data.revokedAt).not.toBeNull()
  expect(await scan(guideCode)).toMatchObject({
    result: 'refused',
    reason: 'revoked',
    message: expect.stringContaining('已停用'),
  })
  const again = await post(`/api/v1/admin/qr/codes/${issued.data.id}/revoke`, {})
  expect(again.status).toBe(409)
  expect(again.error?.code).toBe('QR_CODE_REVOKED')
  // The reprinted wall leaves the revoked code off; the list still shows it, as 已停用.
  const reprinted = await get<QrWallSheet>(`/api/v1/admin/qr/zones/${HALL.id}/wall`)
  expect(reprinted.data.codes.map((c) => c.title)).toEqual(['专区服务一览'])
  const listed = (await get<AdminQrZones>('/api/v1/admin/qr/zones')).data.items.find(
    (z) => z.id === HALL.id,
  )
  expect(listed?.codes.find((c) => c.id === issued.data.id)?.revokedAt).not.toBeNull()

  const audit = await get<ConsoleAuditPage>('/api/v1/admin/audit?area=qr')
  expect(audit.data.items.map((e) => e.action)).toEqual([
    'qr.code_revoked',
    'qr.code_issued',
    'qr.zone_created',
  ])
})

test('editing a seeded zone shows in the mini program at once and survives a restart (re-seed)', async () => {
  const edited = await post<AdminQrZone>('/api/v1/admin/qr/zones/bank', {
    name: '示例 政银合作服务专区（新址）',
    pointId: 'sp-qs-center',
    description: '示例：迁至政务服务中心一楼。',
  })
  expect(edited.data.editedAt).not.toBeNull()
  expect((await get<Zone>('/api/v1/qr/zones/bank', resident)).data.name).toBe(
    '示例 政银合作服务专区（新址）',
  )
  const audit = await get<ConsoleAuditPage>('/api/v1/admin/audit?area=qr')
  expect(audit.data.items[0]).toMatchObject({
    action: 'qr.zone_edited',
    before: { name: '政银合作服务专区' },
  })

  await started.app.close()
  started = testApp({ database: database.open() })
  await started.app.ready()
  admin = await login(started.app, 'dev:admin-1')
  resident = await login(started.app, 'dev:qr-resident')
  const zones = (await get<AdminQrZones>('/api/v1/admin/qr/zones')).data.items
  expect(zones.find((z) => z.id === 'bank')?.name).toBe('示例 政银合作服务专区（新址）')
  expect(zones.find((z) => z.id === HALL.id)?.name).toBe(HALL.name)
})

test('a hostile zone name is printed as text on the wall, never as markup', async () => {
  const name = '<img src=x onerror=alert(1)>'
  const created = await post<AdminQrZone>('/api/v1/admin/qr/zones', {
    ...HALL,
    id: 'test-xss',
    name,
  })
  expect(created.status).toBe(201)
  const wall = await get<QrWallSheet>('/api/v1/admin/qr/zones/test-xss/wall')
  expect(wall.data.html).not.toContain('<img')
  expect(wall.data.html).toContain('&lt;img src=x onerror=alert(1)&gt;')
})

test.each([
  ['a taken zone id', '/api/v1/admin/qr/zones', { ...HALL }, 409, 'QR_ZONE_EXISTS'],
  [
    'a zone id with spaces and capitals',
    '/api/v1/admin/qr/zones',
    { ...HALL, id: 'Bad Id' },
    400,
    'VALIDATION_FAILED',
  ],
  [
    'a zone at an unknown point',
    '/api/v1/admin/qr/zones',
    { ...HALL, id: 'test-nowhere', pointId: 'sp-nowhere' },
    400,
    'QR_TARGET_UNKNOWN',
  ],
  [
    'a guide code to an unknown item',
    '/api/v1/admin/qr/zones/enterprise/codes',
    { kind: 'guide', targetId: 'no-such-item', title: '示例' },
    400,
    'QR_TARGET_UNKNOWN',
  ],
  [
    'a 取号 code to an unknown point',
    '/api/v1/admin/qr/zones/enterprise/codes',
    { kind: 'queue', targetId: 'sp-nowhere', title: '示例' },
    400,
    'QR_TARGET_UNKNOWN',
  ],
  [
    'a code of a kind the console does not issue',
    '/api/v1/admin/qr/zones/enterprise/codes',
    { kind: 'grant', targetId: 'x', title: '示例' },
    400,
    'VALIDATION_FAILED',
  ],
  [
    'a code in an unknown zone',
    '/api/v1/admin/qr/zones/no-zone/codes',
    { kind: 'queue', targetId: 'sp-qs-center', title: '示例' },
    404,
    'NOT_FOUND',
  ],
  ['revoking an unknown code', '/api/v1/admin/qr/codes/NOPE1234/revoke', {}, 404, 'NOT_FOUND'],
])('refused: %s', async (_case, url, body, status, code) => {
  const answer = await post(url, body)
  expect(answer.status).toBe(status)
  expect(answer.error?.code).toBe(code)
  expect(answer.error?.message).toMatch(/[\u4e00-\u9fa5]/)
})
