import type { FastifyInstance } from 'fastify'
import type {
  CaseDetail,
  Consultation,
  InboxMessage,
  SamplingBooking,
  UnreadCount,
} from '../../../src/services/contract'
import type { Sql } from '../../../mock/db/engine'
import { routes } from '../../../src/utils/routes'
import { deliver } from '../../../mock/modules/messages/notify'
import { createMessageRepo } from '../../../mock/modules/messages/repository'
import { EMPTY_PROFILE_FORM } from '../../../src/services/contract'
import { actAsFirm, authed, FIRMS, json, login, testApp } from '../helpers'
import { booking, itemOf } from '../appointment/support'
import { CLINIC, caseFormOf, completeApplication } from '../cases/support'
import { claimedGrant } from '../proxy/support'
import { grantRole, userIdOf } from '../staff-roles'
import { call, inbox, ofKind } from './support'

let app: FastifyInstance
let sql: Sql
let clock: ReturnType<typeof testApp>['clock']
let resident: string
let stranger: string
let helper: string
let otherHelper: string

beforeAll(async () => {
  ;({ app, sql, clock } = testApp({
    messageTemplates: { progress: 'tpl-progress', reply: 'tpl-reply', longTerm: false },
  }))
  resident = await login(app, 'dev:msg-resident')
  stranger = await login(app, 'dev:msg-stranger')
  helper = await login(app, 'dev:helper-1')
  otherHelper = await login(app, 'dev:helper-2')
})
afterAll(() => app.close())

async function submitCase(): Promise<CaseDetail> {
  const form = await caseFormOf(app, resident)
  const body = { source: CLINIC, ...(await completeApplication(app, resident, form)) }
  return (await call<CaseDetail>(app, resident, 'POST', '/api/v1/cases', body)).data
}
const staff = (c: CaseDetail, step: string, payload?: object) =>
  call<CaseDetail>(
    app,
    c.helper?.name === '李帮办' ? helper : otherHelper,
    'POST',
    `/api/v1/staff/cases/${c.id}/${step}`,
    payload,
    null,
  )
const forCase = (messages: InboxMessage[], c: CaseDetail) =>
  messages.filter((m) => m.route.includes(encodeURIComponent(c.id)))

describe('办件 events reach the applicant once, and no one else', () => {
  test('补正 opens the 补正 page with its deadline; 受理 and 办结 follow; a stranger never sees or marks them', async () => {
    const c = await submitCase()
    expect(forCase((await inbox(app, resident)).items, c)).toEqual([]) // submitting tells no one
    const asked = await staff(c, 'correction', {
      items: [{ target: 'field:phone', reason: '电话无法接通，请核对' }],
    })
    expect(asked.status).toBe(200)
    // The 补正 page shows the same last day, with the working days left after today.
    expect(asked.data.correctionDue).toEqual({ lastDay: '2026-03-09', workingDaysLeft: 5 })
    const [correction, ...more] = await ofKind(app, resident, 'case_correction')
    expect(more).toEqual([])
    expect(correction).toMatchObject({
      title: expect.stringContaining('请补正材料'),
      body: expect.stringContaining('3月9日'), // 5 working days from Monday 2 March
      route: routes.caseCorrect(c.id),
      read: false,
    })
    const stranger404 = await call(app, stranger, 'POST', `/api/v1/messages/${correction?.id}/read`)
    expect([stranger404.status, stranger404.error.code]).toEqual([404, 'NOT_FOUND'])
    expect((await inbox(app, stranger)).items).toEqual([])
    expect(forCase((await inbox(app, helper)).items, c)).toEqual([])

    const resubmitted = await call<CaseDetail>(
      app,
      resident,
      'POST',
      `/api/v1/cases/${c.id}/resubmit`,
      {
        fields: { phone: '13987654321' },
        materials: [],
      },
    )
    expect(resubmitted.status).toBe(201)
    expect(resubmitted.data.correctionDue).toBeNull()
    clock.advance(60_000)
    expect((await staff(c, 'accept')).status).toBe(200)
    clock.advance(60_000)
    expect((await staff(c, 'finish', { result: '已核发备案凭证' })).status).toBe(200)
    const kinds = forCase((await inbox(app, resident)).items, c).map((m) => m.kind)
    expect(kinds).toEqual(['case_finished', 'case_accepted', 'case_correction'])

    const rated = await call(app, resident, 'POST', `/api/v1/cases/${c.id}/rating`, {
      level: 'very_dissatisfied',
      comment: '等候太久',
    })
    expect(rated.status).toBe(201)
    expect((await staff(c, 'follow-up', { note: '已致电致歉，增开窗口' })).status).toBe(200)
    const [followUp] = forCase(await ofKind(app, resident, 'case_follow_up'), c)
    expect(followUp?.body).toBe('已致电致歉，增开窗口')
  })

  test('不予受理 tells the applicant why', async () => {
    const c = await submitCase()
    expect((await staff(c, 'refuse', { reason: '不属于本中心受理范围' })).status).toBe(200)
    const [refused] = forCase(await ofKind(app, resident, 'case_refused'), c)
    expect(refused?.body).toContain('不属于本中心受理范围')
  })
})

test('read one, read all, unread count: only one’s own', async () => {
  const before = (await call<UnreadCount>(app, resident, 'GET', '/api/v1/messages/unread-count'))
    .data.unread
  expect(before).toBeGreaterThan(1)
  const [first] = (await inbox(app, resident)).items
  const read = await call<InboxMessage>(app, resident, 'POST', `/api/v1/messages/${first?.id}/read`)
  expect(read.data).toMatchObject({ id: first?.id, read: true })
  const after = await call<UnreadCount>(app, resident, 'GET', '/api/v1/messages/unread-count')
  expect(after.data.unread).toBe(before - 1)
  await call(app, stranger, 'POST', '/api/v1/messages/read-all')
  expect((await inbox(app, resident)).unread).toBe(before - 1)
  const all = await call<UnreadCount>(app, resident, 'POST', '/api/v1/messages/read-all')
  expect(all.data.unread).toBe(0)
})

test('a lawyer’s reply reaches the asker; the asker’s own message does not', async () => {
  const lawyer = await login(app, 'dev:lawyer-1')
  const asked = await call<Consultation>(app, resident, 'POST', '/api/v1/legal/consultations', {
    lawyerId: 'lawyer-1',
    topic: 'labor',
    question: '包工头拖欠工资两万元不给，现在人找不到了，怎么办？',
  })
  const id = asked.data.id
  await call(app, resident, 'POST', `/api/v1/legal/consultations/${id}/messages`, {
    body: '补充：有考勤记录',
  })
  expect(await ofKind(app, resident, 'legal_reply')).toEqual([])
  await call(app, lawyer, 'POST', `/api/v1/legal/consultations/${id}/messages`, {
    body: '请保留转账记录。',
  })
  const replies = await ofKind(app, resident, 'legal_reply')
  expect(replies.map((m) => m.route)).toEqual([routes.legalThread(id)])
  expect(await ofKind(app, lawyer, 'legal_reply')).toEqual([])
})

test('a lab’s report reaches the booker', async () => {
  const lab = await login(app, 'dev:lab-env')
  const labs = await call<{ items: { id: string; bookableDates: string[] }[] }>(
    app,
    resident,
    'GET',
    '/api/v1/testing/labs?service=air',
  )
  const booked = await call<SamplingBooking>(app, resident, 'POST', '/api/v1/testing/bookings', {
    labId: 'lab-env',
    service: 'air',
    date: labs.data.items[0]?.bookableDates[0],
    slot: 'am',
    address: '幸福路1号',
    contact: '张三',
    phone: '13800000000',
  })
  await call(app, lab, 'POST', `/api/v1/testing/bookings/${booked.data.id}/report`, {
    place: '主卧',
    formaldehyde: '0.05',
    tvoc: '',
    benzene: '',
    conclusion: '合格',
  })
  const reports = await ofKind(app, resident, 'lab_report')
  expect(reports.map((m) => m.route)).toEqual([routes.labBooking(booked.data.id)])
  expect(await ofKind(app, stranger, 'lab_report')).toEqual([])
})

test('a bank’s decision reaches the applicant', async () => {
  const banker = await login(app, 'dev:msg-banker')
  await grantRole(app, banker, 'bank', 'abc-qingshan')
  await sql
    .insertInto('loan_applications')
    .values({
      id: 'loan-msg-1',
      user_id: await userIdOf(app, resident),
      enterprise_name: '示例企业',
      product_id: 'abc-tax-credit',
      bank_id: 'abc-qingshan',
      amount: 50,
      purpose: '采购原材料',
      grade: 'A',
      created_at: '2026-03-02T01:00:00Z',
    })
    .execute()
  const decided = await call(
    app,
    banker,
    'POST',
    '/api/v1/finance/applications/loan-msg-1/decision',
    {
      decision: 'accepted',
      note: '请携带营业执照到网点签约',
    },
  )
  expect(decided.status).toBe(200)
  const [loan, ...more] = await ofKind(app, resident, 'loan_decision')
  expect(more).toEqual([])
  expect(loan).toMatchObject({
    body: '请携带营业执照到网点签约',
    route: routes.financeApplication('loan-msg-1'),
  })
})

test('a booking moved or cancelled is confirmed to its owner', async () => {
  const [itemId] = await itemOf(app, resident)
  const made = await call(app, resident, 'POST', '/api/v1/appointments', booking(itemId ?? ''))
  expect(made.status).toBe(201)
  await call(app, resident, 'POST', `/api/v1/appointments/${made.data.id}/cancel`)
  await call(app, resident, 'POST', `/api/v1/appointments/${made.data.id}/cancel`) // repeated
  const changed = await ofKind(app, resident, 'appointment_changed')
  expect(changed.map((m) => [m.title.slice(0, 5), m.route])).toEqual([
    ['预约已取消', routes.appointment(made.data.id)],
  ])
})

test('亲情代办: a case applied for on the grantor’s behalf tells the grantor, not the grantee', async () => {
  const grandma = await login(app, 'dev:msg-grandma')
  const grandson = await login(app, 'dev:msg-grandson')
  const itemId = (await caseFormOf(app, grandson)).items[0]?.id ?? ''
  const form = await caseFormOf(app, grandson, { kind: 'item', id: itemId })
  const grant = await claimedGrant(app, grandma, grandson, [itemId])
  const res = await call<CaseDetail>(app, grandson, 'POST', '/api/v1/cases', {
    source: { kind: 'item', id: itemId },
    ...(await completeApplication(app, grandson, form)),
    actingFor: grant.id,
  })
  expect(res.status).toBe(201)
  expect((await ofKind(app, grandma, 'proxy_used')).map((m) => m.route)).toEqual([
    routes.caseDetail(res.data.id),
  ])
  expect(await ofKind(app, grandson, 'proxy_used')).toEqual([])
})

test('亲情代办: a booking made on the grantor’s behalf tells the grantor once, not the grantee', async () => {
  const grandma = await login(app, 'dev:msg-book-grandma')
  const grandson = await login(app, 'dev:msg-book-grandson')
  const [itemId = '', otherItem = ''] = await itemOf(app, grandma)
  const grant = await claimedGrant(app, grandma, grandson, [itemId])
  const body = { ...booking(itemId), actingFor: grant.id }
  const made = await call(app, grandson, 'POST', '/api/v1/appointments', body, 'msg-proxy-book')
  expect(made.status).toBe(201)
  const retried = await call(app, grandson, 'POST', '/api/v1/appointments', body, 'msg-proxy-book')
  expect(retried.data.id).toBe(made.data.id)
  const told = await ofKind(app, grandma, 'proxy_used')
  expect(told.map((m) => [m.title.slice(0, 6), m.route])).toEqual([
    ['亲属为您预约', routes.appointment(made.data.id)],
  ])
  expect(await ofKind(app, grandson, 'proxy_used')).toEqual([])
  // Her own booking tells no one of 代办.
  const own = await call(
    app,
    grandma,
    'POST',
    '/api/v1/appointments',
    booking(otherItem, '2026-03-03T14:00:00+08:00'),
  )
  expect(own.status).toBe(201)
  expect(await ofKind(app, grandma, 'proxy_used')).toHaveLength(1)
})

test('the subscription moments name the configured templates; an acceptance of another is refused', async () => {
  const setup = await call(app, resident, 'GET', '/api/v1/messages/subscription')
  expect(setup.data).toEqual({
    moments: { case_submitted: ['tpl-progress'], legal_asked: ['tpl-reply'] },
    longTerm: false,
  })
  const ok = await call(app, resident, 'POST', '/api/v1/messages/subscription', {
    accepted: ['tpl-progress'],
  })
  expect(ok.data).toEqual({ recorded: 1 })
  const bad = await call(app, resident, 'POST', '/api/v1/messages/subscription', {
    accepted: ['tpl-other'],
  })
  expect([bad.status, bad.error.code]).toEqual([400, 'SUBSCRIPTION_TEMPLATE_UNKNOWN'])
  const cursor = await call(app, resident, 'GET', '/api/v1/messages?cursor=nonsense')
  expect([cursor.status, cursor.error.code]).toEqual([400, 'MESSAGE_CURSOR_INVALID'])
})

test('paged newest first, 20 a page, no message twice or missed', async () => {
  const reader = await login(app, 'dev:msg-pager')
  const userId = await userIdOf(app, reader)
  for (let n = 0; n < 25; n += 1) {
    await deliver(
      createMessageRepo(sql),
      {
        userId,
        eventKey: `lab:page-${n}:report`,
        kind: 'lab_report',
        title: `报告 ${n}`,
        body: '点开查看',
        route: routes.labBooking(`page-${n}`),
      },
      new Date(Date.UTC(2026, 2, 2, 0, n % 20)), // some share a minute
    )
  }
  const first = await inbox(app, reader)
  expect(first.items).toHaveLength(20)
  expect(first.unread).toBe(25)
  const second = await inbox(app, reader, first.nextCursor ?? '')
  expect(second.nextCursor).toBeNull()
  const all = [...first.items, ...second.items]
  expect(new Set(all.map((m) => m.id)).size).toBe(25)
  const times = all.map((m) => m.createdAt)
  expect(times).toEqual([...times].sort().reverse())
})

test('subscribing to new policies puts each matching one in the inbox once', async () => {
  const owner = await login(app, 'dev:msg-firm')
  await actAsFirm(app, owner, FIRMS.software)
  const put = (url: string, payload: object) =>
    app.inject(authed(owner, { method: 'PUT', url, payload }))
  await put('/api/v1/policy/profile', {
    ...EMPTY_PROFILE_FORM,
    industryDivision: '65',
    staff: '8',
    revenue: '300',
    foundedOn: '2023-05-01',
    street: '幸福路街道',
    taxCredit: 'B',
    qualifications: 'tech_sme',
  })
  const subscribe = async () =>
    json<{ data: { newMatches: { policy: { id: string } }[] } }>(
      await put('/api/v1/policy/subscription', { subscribed: true }),
    ).data
  const { newMatches } = await subscribe()
  expect(newMatches.length).toBeGreaterThan(0)
  await subscribe()
  const routesOf = (await ofKind(app, owner, 'policy_match')).map((m) => m.route).sort()
  expect(routesOf).toEqual(newMatches.map((m) => routes.policyDetail(m.policy.id)).sort())
  expect(await ofKind(app, resident, 'policy_match')).toEqual([])
})
