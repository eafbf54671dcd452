import type { FastifyInstance } from 'fastify'
import {
  endpoints,
  endpointsByDomain,
  fillPath,
  splitKey,
  type EndpointKey,
  type Profile,
  type QrResolution,
  type RoleAuditList,
  type RoleGrant,
  type RoleGrantList,
  type Zone,
} from '../../../src/services/contract'
import { PRODUCTS } from '../../../mock/modules/finance/products'
import { booking, call, itemOf, TUESDAY_10 } from '../appointment/support'
import { claim, createGrant, grantBody } from '../proxy/support'
import type { Sql } from '../../../mock/db/engine'
import { login, sharedDatabase, testApp } from '../helpers'
import { grantRole, userIdOf } from '../staff-roles'

/**
 * Issue 14 §3: each staff member can do only their own job. Every staff endpoint is walked as
 * every actor who must not use it; the attacks of the issue are replayed one by one.
 */

const database = sharedDatabase()
let app: FastifyInstance
let sql: Sql

const DEVICES = {
  resident: 'dev:bystander',
  windowCenter: 'dev:staff-center-1',
  windowOther: 'dev:window-ziyoulu',
  helper1: 'dev:helper-1',
  helper2: 'dev:helper-2',
  lawyer1: 'dev:lawyer-1',
  lawyer2: 'dev:lawyer-2',
  bankAbc: 'dev:bank-abc',
  bankHx: 'dev:bank-hx',
  labEnv: 'dev:lab-env',
  labQuality: 'dev:lab-quality',
  admin: 'dev:admin-1',
} as const
type Actor = keyof typeof DEVICES
const ACTORS = Object.keys(DEVICES) as Actor[]
const as = {} as Record<Actor, string>
let owner: string

/** The records the staff endpoints act on, each belonging to one desk. */
const record = {
  checkInCode: 'RWCHK234',
  otherPointCode: 'RWZYL234',
  caseId: 'case-roles-1',
  complaintId: 'complaint-roles-1',
  loanId: 'loan-roles-abc',
  samplingId: '',
  consultationId: '',
  wallCodeId: '',
  otherGrantId: '',
}

async function insertRecords(helperUserId: string, ownerId: string) {
  const appointment = (id: string, code: string, itemId: string, pointId: string) => ({
    id,
    code,
    user_id: ownerId,
    item_id: itemId,
    point_id: pointId,
    day: '2026-03-02',
    time: '14:00',
    slot_start: '2026-03-02T06:00:00.000Z',
    slot_end: '2026-03-02T06:30:00.000Z',
    name: '王秀兰',
    phone: '13847200001',
    created_at: '2026-03-01T00:00:00.000Z',
  })
  await sql
    .insertInto('appointments')
    .values([
      appointment('appt-center', record.checkInCode, 'market-llc-setup', 'sp-qs-center'),
      appointment('appt-ziyoulu', record.otherPointCode, 'market-change', 'sp-qs-street-ziyoulu'),
    ])
    .execute()
  await sql
    .insertInto('loan_applications')
    .values({
      id: record.loanId,
      user_id: ownerId,
      enterprise_name: '包头市青山区示例商贸有限公司',
      product_id: abcProduct(),
      bank_id: 'abc-qingshan',
      amount: 50,
      purpose: '采购原料',
      grade: 'A',
      created_at: '2026-03-01T00:00:00.000Z',
    })
    .execute()
  await sql
    .insertInto('cases')
    .values({
      id: record.caseId,
      number: 'BB20260301-0001',
      user_id: ownerId,
      source_kind: 'item',
      source_id: 'market-llc-setup',
      title: '有限责任公司设立登记',
      promised_days: 3,
      status: 'submitted',
      helper_id: helperUserId,
      applicant: '王秀兰',
      fields_json: JSON.stringify([
        { key: 'name', label: '申请人姓名', rule: 'text', value: '王秀兰' },
      ]),
      materials_json: '[]',
      submitted_at: '2026-03-01T00:00:00.000Z',
      updated_at: '2026-03-01T00:00:00.000Z',
    })
    .execute()
  await sql
    .insertInto('complaints')
    .values({
      id: record.complaintId,
      number: 'TS202603010001',
      user_id: ownerId,
      kind: 'complaint',
      case_id: record.caseId,
      content: '示例投诉：提交后一直没有受理',
      reply_due: '2026-03-06',
      created_at: '2026-03-01T00:00:00.000Z',
    })
    .execute()
  const wallCode = await sql
    .selectFrom('qr_codes')
    .select('id')
    .where('title', '=', '企业开办')
    .where('zone_id', 'is not', null)
    .executeTakeFirstOrThrow()
  record.wallCodeId = wallCode.id
}

/** A product of 农业银行青山支行, as the finance catalogue has it. */
function abcProduct(): string {
  const product = PRODUCTS.find((p) => p.bankId === 'abc-qingshan')
  if (!product) throw new Error('no 农业银行 product in the seed')
  return product.id
}

beforeAll(async () => {
  ;({ app, sql } = testApp({ database: database.open() }))
  for (const actor of ACTORS) as[actor] = await login(app, DEVICES[actor])
  owner = await login(app, 'dev:records-owner')
  record.otherGrantId = (await grantRole(app, as.windowOther, 'window', 'sp-qs-street-ziyoulu')).id
  await insertRecords(await userIdOf(app, as.helper1), await userIdOf(app, owner))
  const thread = await call<{ id: string }>(app, owner, 'POST', '/api/v1/legal/consultations', {
    lawyerId: 'lawyer-1',
    topic: 'labor',
    question: '公司拖欠了我三个月工资，一直说下个月发，我该怎么要回来？',
  })
  record.consultationId = thread.data.id
  const sampling = await call<{ id: string }>(app, owner, 'POST', '/api/v1/testing/bookings', {
    labId: 'lab-env',
    service: 'air',
    date: '2026-03-03',
    slot: 'am',
    address: '青山区幸福路街道幸福南路12号楼3单元501',
    contact: '王秀兰',
    phone: '13847200001',
  })
  record.samplingId = sampling.data.id
  // A waiting ticket at the centre: “nobody waiting” (404) must not hide a missing check.
  await call(app, owner, 'POST', '/api/v1/queue/tickets', { pointId: 'sp-qs-center' })
})
afterAll(async () => {
  await app.close()
  await database.remove()
})

interface Fixture {
  params?: Record<string, string>
  query?: string
  body?: object
  /** Who may use it on this record; every other actor must get 403 or 404. */
  allowed: readonly Actor[]
}

const REPORT = {
  place: '主卧',
  formaldehyde: '0.05',
  tvoc: '0.30',
  benzene: '0.01',
  conclusion: '所测点位符合标准',
}

/** Every staff-facing endpoint of the contract, with a record of one desk and who may act on it. */
const fixtures = (): Record<string, Fixture> => ({
  'POST /api/v1/staff/check-ins': { body: { code: record.checkInCode }, allowed: ['windowCenter'] },
  'POST /api/v1/staff/queue/call-next': {
    body: { pointId: 'sp-qs-center' },
    allowed: ['windowCenter'],
  },
  'POST /api/v1/staff/qr-codes': {
    body: { kind: 'campaign', targetId: 'qs-subsidy', title: '扫码领取政府补贴' },
    allowed: ['admin'],
  },
  'POST /api/v1/staff/qr-codes/:id/revoke': {
    params: { id: record.wallCodeId },
    allowed: ['admin'],
  },
  'GET /api/v1/staff/cases': { allowed: ['helper1', 'helper2'] },
  'GET /api/v1/staff/cases/:id': { params: { id: record.caseId }, allowed: ['helper1'] },
  'POST /api/v1/staff/cases/:id/accept': { params: { id: record.caseId }, allowed: ['helper1'] },
  'POST /api/v1/staff/cases/:id/correction': {
    params: { id: record.caseId },
    body: { items: [{ target: 'field:name', reason: '姓名与身份证不一致' }] },
    allowed: ['helper1'],
  },
  'POST /api/v1/staff/cases/:id/finish': {
    params: { id: record.caseId },
    body: { result: '已核发营业执照' },
    allowed: ['helper1'],
  },
  'POST /api/v1/staff/cases/:id/refuse': {
    params: { id: record.caseId },
    body: { reason: '材料不全，不予受理' },
    allowed: ['helper1'],
  },
  'POST /api/v1/staff/cases/:id/follow-up': {
    params: { id: record.caseId },
    body: { note: '已电话回访，说明了办理进度' },
    allowed: ['helper1'],
  },
  // 投诉建议: the 帮办员 of the case, and the administrator for every one (complaint-desk.ts).
  'GET /api/v1/staff/complaints': { allowed: ['helper1', 'helper2', 'admin'] },
  'POST /api/v1/staff/complaints/:id/answer': {
    params: { id: record.complaintId },
    body: { answer: '经核查，已督促窗口当日受理，请留意办件进度。' },
    allowed: ['helper1', 'admin'],
  },
  'GET /api/v1/legal/lawyer/consultations': { allowed: ['lawyer1', 'lawyer2'] },
  'GET /api/v1/legal/consultations/:id': {
    params: { id: record.consultationId },
    allowed: ['lawyer1'],
  },
  'POST /api/v1/legal/consultations/:id/messages': {
    params: { id: record.consultationId },
    body: { body: '建议先收集工资条和考勤记录，再申请劳动仲裁。' },
    allowed: ['lawyer1'],
  },
  'GET /api/v1/finance/bank/applications': { allowed: ['bankAbc', 'bankHx'] },
  'GET /api/v1/finance/applications/:id': { params: { id: record.loanId }, allowed: ['bankAbc'] },
  'POST /api/v1/finance/applications/:id/decision': {
    params: { id: record.loanId },
    body: { decision: 'accepted', note: '客户经理将于三个工作日内联系' },
    allowed: ['bankAbc'],
  },
  'GET /api/v1/testing/lab/bookings': { allowed: ['labEnv', 'labQuality'] },
  'GET /api/v1/testing/bookings/:id': { params: { id: record.samplingId }, allowed: ['labEnv'] },
  'POST /api/v1/testing/bookings/:id/report': {
    params: { id: record.samplingId },
    body: REPORT,
    allowed: ['labEnv'],
  },
  'GET /api/v1/admin/roles': { allowed: ['admin'] },
  'POST /api/v1/admin/roles': {
    body: { userId: 'placeholder', kind: 'window', scopeId: 'sp-qs-mall-wanda' },
    allowed: ['admin'],
  },
  'POST /api/v1/admin/roles/:id/revoke': {
    params: { id: record.otherGrantId },
    allowed: ['admin'],
  },
  'GET /api/v1/admin/roles/audit': { allowed: ['admin'] },
})

/** Staff work by its path; and the thread, loan and sampling views a desk shares with the owner. */
const STAFF_PATH = /\/(staff|admin|lawyer|bank|lab)\/|\/(decision|report)$/
const SHARED_WITH_STAFF: readonly EndpointKey[] = [
  'GET /api/v1/legal/consultations/:id',
  'POST /api/v1/legal/consultations/:id/messages',
  'GET /api/v1/finance/applications/:id',
  'GET /api/v1/testing/bookings/:id',
]
/** The 管理后台's own endpoints are walked in tests/mock/admin/console-access.test.ts. */
const CONSOLE_KEYS: ReadonlySet<string> = new Set(
  Object.entries(endpointsByDomain)
    .filter(([domain]) => domain.startsWith('admin'))
    .flatMap(([, map]) => Object.keys(map)),
)
const staffEndpoints = () =>
  (Object.keys(endpoints) as EndpointKey[]).filter(
    (key) =>
      !CONSOLE_KEYS.has(key) &&
      (STAFF_PATH.test(splitKey(key).path) || SHARED_WITH_STAFF.includes(key)),
  )

async function hit(key: EndpointKey, fixture: Fixture, actor: Actor) {
  const { method, path } = splitKey(key)
  const url = fillPath(path, fixture.params) + (fixture.query ?? '')
  const body =
    key === 'POST /api/v1/admin/roles'
      ? { ...fixture.body, userId: await userIdOf(app, as.resident) }
      : (fixture.body ?? (method === 'POST' ? {} : undefined))
  return call(app, as[actor], method as 'GET' | 'POST', url, body)
}

describe('every staff endpoint × every actor who is not its desk', () => {
  test('the walk covers every staff endpoint of the contract', () => {
    expect(Object.keys(fixtures()).sort()).toEqual(staffEndpoints().sort())
  })

  test('each is refused (403/404) to a resident and to every other role or scope', async () => {
    const leaks: string[] = []
    for (const [key, fixture] of Object.entries(fixtures()) as [EndpointKey, Fixture][]) {
      for (const actor of ACTORS.filter((a) => !fixture.allowed.includes(a))) {
        const res = await hit(key, fixture, actor)
        if (res.status !== 403 && res.status !== 404) leaks.push(`${actor} ${key} → ${res.status}`)
        else expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/)
      }
    }
    expect(leaks).toEqual([])
  })

  test('a desk of the same kind sees nothing of another place in its list', async () => {
    const ids = async (actor: Actor, url: string) =>
      (await call<{ items: { id: string }[] }>(app, as[actor], 'GET', url)).data.items.map(
        (i) => i.id,
      )
    expect(await ids('bankHx', '/api/v1/finance/bank/applications')).not.toContain(record.loanId)
    expect(await ids('bankAbc', '/api/v1/finance/bank/applications')).toContain(record.loanId)
    expect(await ids('labQuality', '/api/v1/testing/lab/bookings')).not.toContain(record.samplingId)
    expect(await ids('labEnv', '/api/v1/testing/lab/bookings')).toContain(record.samplingId)
    expect(await ids('lawyer2', '/api/v1/legal/lawyer/consultations')).not.toContain(
      record.consultationId,
    )
    expect(await ids('helper2', '/api/v1/staff/cases')).not.toContain(record.caseId)
    expect(await ids('helper1', '/api/v1/staff/cases')).toContain(record.caseId)
    expect(await ids('helper2', '/api/v1/staff/complaints')).not.toContain(record.complaintId)
    expect(await ids('helper1', '/api/v1/staff/complaints')).toContain(record.complaintId)
  })
})

describe('the attacks of issue 14 §3', () => {
  const zoneLink = async (title: string) => {
    const zone = (await call<Zone>(app, as.resident, 'GET', '/api/v1/qr/zones/enterprise')).data
    return zone.services.find((s) => s.title === title)?.link ?? ''
  }
  const resolve = async (text: string) =>
    (await call<QrResolution>(app, as.resident, 'POST', '/api/v1/qr/resolve', { text }, null)).data

  test('dev:lawyer-1 cannot issue an official “扫码领取政府补贴” code', async () => {
    const res = await call(app, as.lawyer1, 'POST', '/api/v1/staff/qr-codes', {
      kind: 'campaign',
      targetId: 'qs-subsidy',
      title: '扫码领取政府补贴',
    })
    expect([res.status, res.error.message]).toEqual([
      403,
      '一码通二维码由区政务服务管理部门统一签发和停用，请联系管理员',
    ])
  })

  test('dev:bank-hx cannot revoke the printed 企业开办 wall code; it stays ✓ 官方码', async () => {
    const res = await call(
      app,
      as.bankHx,
      'POST',
      `/api/v1/staff/qr-codes/${record.wallCodeId}/revoke`,
    )
    expect(res.status).toBe(403)
    expect((await resolve(await zoneLink('企业开办'))).result).toBe('official')
  })

  test('window staff check in only bookings at their own point, and call only their own queue', async () => {
    const elsewhere = await call(app, as.windowCenter, 'POST', '/api/v1/staff/check-ins', {
      code: record.otherPointCode,
    })
    expect([elsewhere.status, elsewhere.error.message]).toEqual([
      403,
      '该预约在自由路街道便民服务中心办理，本窗口不能签到，请引导办事人前往自由路街道便民服务中心',
    ])
    const otherQueue = await call(app, as.windowOther, 'POST', '/api/v1/staff/queue/call-next', {
      pointId: 'sp-qs-center',
    })
    expect([otherQueue.status, otherQueue.error.message]).toEqual([
      403,
      '您不是青山区政务服务中心的窗口工作人员，只能为本网点叫号',
    ])
    const lawyerCalls = await call(app, as.lawyer1, 'POST', '/api/v1/staff/queue/call-next', {
      pointId: 'sp-qs-center',
    })
    expect([lawyerCalls.status, lawyerCalls.error.message]).toEqual([
      403,
      '仅限窗口工作人员使用，请使用工作人员账号登录',
    ])
  })
})

describe('the administrator', () => {
  const grant = (token: string, body: object) =>
    call<RoleGrant>(app, token, 'POST', '/api/v1/admin/roles', body)

  test('cannot grant a place that does not exist, nor to a user who does not exist', async () => {
    const userId = await userIdOf(app, as.resident)
    const cases = [
      [{ userId, kind: 'window', scopeId: 'sp-nowhere' }, '没有找到该服务网点，请核对网点编号'],
      [{ userId, kind: 'bank', scopeId: 'icbc-nowhere' }, '没有找到该合作银行，请核对银行编号'],
      [{ userId, kind: 'lab', scopeId: 'lab-nowhere' }, '没有找到该检测机构，请核对机构编号'],
      [
        { userId: 'no-such-user', kind: 'admin' },
        '没有找到该用户，请核对用户编号（在对方“我的”页面底部）',
      ],
    ] as const
    for (const [body, message] of cases) {
      const res = await grant(as.admin, body)
      expect([res.status, res.error.message]).toEqual([404, message])
    }
    const unscoped = await grant(as.admin, { userId, kind: 'bank' })
    expect([unscoped.status, unscoped.error.fields?.scopeId]).toEqual([
      400,
      '该角色只在一个网点、银行或检测机构有效，请填写其编号',
    ])
    const noProfile = await grant(as.admin, { userId, kind: 'lawyer' })
    expect([noProfile.status, noProfile.error.code]).toEqual([409, 'PROFILE_MISSING'])
  })

  test('grants a window role that works at once; revoking it refuses the very next request', async () => {
    const clerk = await login(app, 'dev:new-clerk')
    const clerkId = await userIdOf(app, clerk)
    const queue = () =>
      call(app, clerk, 'POST', '/api/v1/staff/queue/call-next', { pointId: 'sp-qs-mall-wanda' })
    expect((await queue()).status).toBe(403)
    const granted = await grant(as.admin, {
      userId: clerkId,
      kind: 'window',
      scopeId: 'sp-qs-mall-wanda',
    })
    expect(granted.status).toBe(201)
    expect(granted.data).toMatchObject({
      user: { id: clerkId },
      kind: 'window',
      scopeName: '万达广场政务便民服务点',
      grantedBy: { id: await userIdOf(app, as.admin) },
      revokedAt: null,
    })
    const again = await grant(as.admin, {
      userId: clerkId,
      kind: 'window',
      scopeId: 'sp-qs-mall-wanda',
    })
    expect([again.status, again.error.code]).toEqual([409, 'ROLE_ALREADY_GRANTED'])
    const me = await call<Profile>(app, clerk, 'GET', '/api/v1/me')
    expect(me.data.roles).toEqual([
      { kind: 'window', scopeId: 'sp-qs-mall-wanda', scopeName: '万达广场政务便民服务点' },
    ])
    // Allowed now: nobody waits there, which is a 404 of its own.
    expect((await queue()).error.message).toBe('现在没有等候的办事人')

    const revoked = await call<RoleGrant>(
      app,
      as.admin,
      'POST',
      `/api/v1/admin/roles/${granted.data.id}/revoke`,
    )
    expect(revoked.data.revokedAt).not.toBeNull()
    expect((await queue()).status).toBe(403)
    expect((await call<Profile>(app, clerk, 'GET', '/api/v1/me')).data.roles).toEqual([])
    const twice = await call(app, as.admin, 'POST', `/api/v1/admin/roles/${granted.data.id}/revoke`)
    expect([twice.status, twice.error.code]).toEqual([409, 'ROLE_ALREADY_REVOKED'])

    const audit = await call<RoleAuditList>(
      app,
      as.admin,
      'GET',
      `/api/v1/admin/roles/audit?userId=${clerkId}`,
    )
    const adminId = await userIdOf(app, as.admin)
    const state = { userId: clerkId, kind: 'window', scopeId: 'sp-qs-mall-wanda' }
    expect(audit.data.items).toEqual([
      expect.objectContaining({
        action: 'revoked',
        grantId: granted.data.id,
        actor: expect.objectContaining({ id: adminId }),
        before: { ...state, revokedAt: null },
        after: { ...state, revokedAt: revoked.data.revokedAt },
      }),
      expect.objectContaining({
        action: 'granted',
        actor: expect.objectContaining({ id: adminId }),
        before: null,
        after: { ...state, revokedAt: null },
      }),
    ])
    const all = await call<RoleGrantList>(
      app,
      as.admin,
      'GET',
      `/api/v1/admin/roles?userId=${clerkId}&status=all`,
    )
    expect(all.data.items.map((g) => g.id)).toEqual([granted.data.id])
  })

  test('revoking a lawyer hides them from residents and their assigned threads from them', async () => {
    const lawyer3 = await login(app, 'dev:lawyer-3')
    const list = await call<RoleGrantList>(
      app,
      as.admin,
      'GET',
      `/api/v1/admin/roles?userId=${await userIdOf(app, lawyer3)}`,
    )
    const [grantOfLawyer] = list.data.items
    expect(grantOfLawyer).toMatchObject({ kind: 'lawyer', grantedBy: null })
    await call(app, as.admin, 'POST', `/api/v1/admin/roles/${grantOfLawyer?.id}/revoke`)
    const desk = await call(app, lawyer3, 'GET', '/api/v1/legal/lawyer/consultations')
    expect(desk.status).toBe(403)
    const offered = await call<{ items: { id: string }[] }>(
      app,
      as.resident,
      'GET',
      '/api/v1/legal/lawyers',
    )
    expect(offered.data.items.map((l) => l.id)).not.toContain('lawyer-3')
  })

  test('cannot revoke their own administrator role', async () => {
    const [own] = (
      await call<RoleGrantList>(
        app,
        as.admin,
        'GET',
        `/api/v1/admin/roles?userId=${await userIdOf(app, as.admin)}`,
      )
    ).data.items
    const res = await call(app, as.admin, 'POST', `/api/v1/admin/roles/${own?.id}/revoke`)
    expect([res.status, res.error.code]).toEqual([409, 'CANNOT_REVOKE_SELF'])
  })
})

describe('every allowed desk still does its job on the same records', () => {
  test('no allowed actor is refused', async () => {
    const refused: string[] = []
    for (const [key, fixture] of Object.entries(fixtures()) as [EndpointKey, Fixture][]) {
      for (const actor of fixture.allowed) {
        const res = await hit(key, fixture, actor)
        if (res.status === 403 || res.status === 404)
          refused.push(`${actor} ${key} → ${res.status} ${res.error.message}`)
      }
    }
    expect(refused).toEqual([])
  })
})

describe('a 帮办员 whose role is revoked', () => {
  test('can no longer act under a 亲情代办 grant given to them as 帮办员', async () => {
    const elder = await login(app, 'dev:elder-roles')
    const [itemId] = await itemOf(app, elder)
    const granted = await createGrant(app, elder, grantBody([itemId], { granteeKind: 'helper' }))
    expect((await claim(app, as.helper2, granted.data.code?.digits ?? '')).status).toBe(200)
    const act = () =>
      call(app, as.helper2, 'POST', '/api/v1/appointments', {
        ...booking(itemId, TUESDAY_10),
        actingFor: granted.data.id,
      })
    const [helperGrant] = (
      await call<RoleGrantList>(
        app,
        as.admin,
        'GET',
        `/api/v1/admin/roles?userId=${await userIdOf(app, as.helper2)}`,
      )
    ).data.items
    await call(app, as.admin, 'POST', `/api/v1/admin/roles/${helperGrant?.id}/revoke`)
    const refused = await act()
    expect([refused.status, refused.error.code]).toEqual([403, 'PROXY_HELPER_REVOKED'])
    expect((await call(app, as.helper2, 'GET', '/api/v1/staff/cases')).status).toBe(403)
  })
})

describe('grants outlive a restart', () => {
  test('a seeded role an administrator revoked is not granted again by the seed', async () => {
    const before = await login(app, 'dev:lab-quality')
    const [grantOfLab] = (
      await call<RoleGrantList>(
        app,
        as.admin,
        'GET',
        `/api/v1/admin/roles?userId=${await userIdOf(app, before)}`,
      )
    ).data.items
    await call(app, as.admin, 'POST', `/api/v1/admin/roles/${grantOfLab?.id}/revoke`)
    await app.close()
    ;({ app, sql } = testApp({ database: database.open() }))
    const after = await login(app, 'dev:lab-quality')
    expect((await call(app, after, 'GET', '/api/v1/testing/lab/bookings')).status).toBe(403)
    expect((await call<Profile>(app, after, 'GET', '/api/v1/me')).data.roles).toEqual([])
  })

  test('a WeChat-backed server seeds no dev administrator', async () => {
    const wechat = testApp({ code2Session: async (code) => ({ openid: `o_${code}` }) })
    try {
      await wechat.app.ready()
      const staff = wechat.sql
        .selectFrom('role_grants')
        .select('user_id')
        .where('kind', 'in', ['admin', 'window'])
      expect(await staff.execute()).toEqual([])
    } finally {
      await wechat.app.close()
    }
  })
})
