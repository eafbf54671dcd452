// 电子监察 督办: a case filed and accepted through the app shows in the overdue list as its
// 承诺时限 nears and passes; 督办 reaches only the 帮办员 holding it, once per 督办, and is audited.
import type {
  CaseDetail,
  ConsoleAuditPage,
  MessagePage,
  SupervisionOverdue,
  UrgeResult,
} from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { call, caseFormOf, CLINIC, completeApplication } from '../cases/support'

const { app, clock } = testApp() // Monday 2026-03-02 09:00
const DAY = 86_400_000
let admin = ''
let helpers: string[] = []
let caseId = ''

const overdue = async () =>
  (await call<SupervisionOverdue>(app, admin, 'GET', '/api/v1/admin/supervision/overdue')).data
const urge = (key: string, note?: string) =>
  call<UrgeResult>(
    app,
    admin,
    'POST',
    `/api/v1/admin/supervision/cases/${caseId}/urge`,
    note === undefined ? {} : { note },
    key,
  )
const urgedMessages = async (token: string) =>
  (await call<MessagePage>(app, token, 'GET', '/api/v1/messages')).data.items.filter(
    (m) => m.kind === 'case_urged',
  )

beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  helpers = [await login(app, 'dev:helper-1'), await login(app, 'dev:helper-2')]
  const resident = await login(app, 'dev:urge-resident')
  const form = await caseFormOf(app, resident)
  const body = { source: CLINIC, ...(await completeApplication(app, resident, form)) }
  caseId = (await call<CaseDetail>(app, resident, 'POST', '/api/v1/cases', body)).data.id
})
afterAll(() => app.close())

/** The 帮办员 the intake assigned: the one whose desk lists the case. */
async function holder(): Promise<{ holding: string; other: string }> {
  for (const [i, token] of helpers.entries()) {
    const list = await call<{ items: { id: string }[] }>(app, token, 'GET', '/api/v1/staff/cases')
    if (list.data.items.some((c) => c.id === caseId)) {
      return { holding: token, other: helpers[1 - i] ?? '' }
    }
  }
  throw new Error('no 帮办员 holds the case')
}

test('the accepted case is 临近 on the day before its deadline and 超期 after it', async () => {
  const { holding } = await holder()
  expect((await overdue()).items.some((i) => i.caseId === caseId)).toBe(false) // not accepted yet
  const accepted = await call<CaseDetail>(
    app,
    holding,
    'POST',
    `/api/v1/staff/cases/${caseId}/accept`,
    {},
    null,
  )
  expect(accepted.status).toBe(200)
  // 诊所备案一件事 promises 1 working day: accepted Monday, due Tuesday 03-03.
  const near = (await overdue()).items.filter((i) => i.caseId === caseId)
  expect(near).toEqual([
    expect.objectContaining({ deadline: '2026-03-03', daysLeft: 1, state: 'near', urged: 0 }),
  ])
  clock.advance(3 * DAY) // Thursday 03-05
  const late = await overdue()
  expect(late.asOf).toBe('2026-03-05')
  expect(late.items.filter((i) => i.caseId === caseId)).toEqual([
    expect.objectContaining({ daysLeft: -2, state: 'overdue', demo: false }),
  ])
})

test('督办 tells only the 帮办员 holding the case, once per 督办 (a retry sends nothing more), and is audited', async () => {
  const { holding, other } = await holder()
  const first = await urge('urge-key-1', '申请人来电催办')
  expect(first.status).toBe(201)
  expect(first.data).toMatchObject({ caseId, urged: 1 })
  const retried = await urge('urge-key-1', '申请人来电催办')
  expect(retried.data).toEqual(first.data)

  const received = await urgedMessages(holding)
  expect(received).toHaveLength(1)
  expect(received[0]).toMatchObject({
    title: expect.stringContaining('督办'),
    body: expect.stringContaining('已超过承诺时限2个工作日'),
    route: `/packages/cases/pages/staff-case/index?id=${caseId}`,
  })
  expect(received[0]?.body).toContain('督办说明：申请人来电催办')
  expect(await urgedMessages(other)).toHaveLength(0)

  const again = await urge('urge-key-2')
  expect(again.data.urged).toBe(2)
  expect(await urgedMessages(holding)).toHaveLength(2)
  expect((await overdue()).items.find((i) => i.caseId === caseId)).toMatchObject({
    urged: 2,
    lastUrgedAt: again.data.urgedAt,
  })

  const audit = await call<ConsoleAuditPage>(
    app,
    admin,
    'GET',
    '/api/v1/admin/audit?area=supervision',
  )
  expect(audit.data.items).toHaveLength(2)
  expect(audit.data.items[0]).toMatchObject({
    action: 'supervision.urged',
    area: 'supervision',
    target: { kind: 'case', id: caseId },
    before: { urged: 1 },
    after: expect.objectContaining({ urged: 2 }),
  })
})

test('a finished case, or one nobody holds, cannot be urged; an unknown case is 404', async () => {
  const { holding } = await holder()
  const finished = await call(
    app,
    holding,
    'POST',
    `/api/v1/staff/cases/${caseId}/finish`,
    { result: '准予备案' },
    null,
  )
  expect(finished.status).toBe(200)
  const closed = await urge('urge-key-3')
  expect(closed.status).toBe(409)
  expect(closed.error.code).toBe('SUPERVISION_CASE_CLOSED')
  expect((await overdue()).items.some((i) => i.caseId === caseId)).toBe(false)
  const unknown = await call(
    app,
    admin,
    'POST',
    '/api/v1/admin/supervision/cases/nope/urge',
    {},
    'urge-key-4',
  )
  expect(unknown.status).toBe(404)
})
