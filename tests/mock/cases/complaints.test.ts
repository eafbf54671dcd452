import type { FastifyInstance } from 'fastify'
import type { CaseDetail, Complaint, MessagePage } from '../../../src/services/contract'
import { messagePages } from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { caseFormOf, CLINIC, call, completeApplication } from './support'

let app: FastifyInstance
let clock: ReturnType<typeof testApp>['clock']
let resident: string

beforeAll(async () => {
  ;({ app, clock } = testApp())
  resident = await login(app, 'dev:complainer')
})
afterAll(async () => {
  await app.close()
})

describe('投诉建议', () => {
  test('a complaint about an own case is numbered, linked and due in 5 working days', async () => {
    const form = await caseFormOf(app, resident)
    const body = { source: CLINIC, ...(await completeApplication(app, resident, form)) }
    const c = (await call<CaseDetail>(app, resident, 'POST', '/api/v1/cases', body)).data
    const res = await call<Complaint>(app, resident, 'POST', '/api/v1/complaints', {
      kind: 'complaint',
      content: '办件已超过承诺时限，仍未办结，请尽快处理',
      caseId: c.id,
      phone: '138 1234 5678',
    })
    expect(res.status).toBe(201)
    expect(res.data).toMatchObject({
      number: 'TS202603020001',
      kind: 'complaint',
      case: { id: c.id, number: c.number, title: '诊所备案一件事' },
      phone: '138****5678',
      replyDue: '2026-03-09', // Monday + 5 working days
    })
    const mine = await call<{ items: Complaint[] }>(app, resident, 'GET', '/api/v1/complaints')
    expect(mine.data.items.map((x) => x.number)).toEqual(['TS202603020001'])
  })

  test("too short, a bad phone, or someone else's case is refused in words", async () => {
    const short = await call(app, resident, 'POST', '/api/v1/complaints', {
      kind: 'suggestion',
      content: '太慢',
    })
    expect(short.error.fields?.content).toBe('请至少写10个字，说清楚发生了什么、希望怎样解决')
    const phone = await call(app, resident, 'POST', '/api/v1/complaints', {
      kind: 'suggestion',
      content: '建议在万达广场服务点增加周末办理时间',
      phone: '12345',
    })
    expect(phone.error.fields?.phone).toBe('手机号应为11位，您输入了5位')
    const other = await login(app, 'dev:someone-else')
    const theirs = await call(app, other, 'POST', '/api/v1/complaints', {
      kind: 'complaint',
      content: '我想投诉别人的办件看看会怎样',
      caseId: (await call<{ items: Complaint[] }>(app, resident, 'GET', '/api/v1/complaints')).data
        .items[0]?.case?.id,
    })
    expect(theirs.status).toBe(404)
    expect(
      (await call<{ items: Complaint[] }>(app, other, 'GET', '/api/v1/complaints')).data.items,
    ).toEqual([])
  })
})

describe('答复投诉建议', () => {
  const answer = (
    token: string,
    id: string,
    text = '经核查，材料已于今日补齐审核，办件将按时办结。',
  ) =>
    call<Complaint>(app, token, 'POST', `/api/v1/staff/complaints/${id}/answer`, { answer: text })
  const staffList = async (token: string) =>
    (await call<{ items: Complaint[] }>(app, token, 'GET', '/api/v1/staff/complaints')).data?.items
  const inboxOf = async (token: string) =>
    (await call<MessagePage>(app, token, 'GET', '/api/v1/messages')).data.items.filter(
      (m) => m.kind === 'complaint_answered',
    )

  test('the 帮办员 of the case answers once; the resident sees it and is told; others cannot', async () => {
    const applicant = await login(app, 'dev:complainer-2')
    const form = await caseFormOf(app, applicant)
    const body = { source: CLINIC, ...(await completeApplication(app, applicant, form)) }
    const c = (await call<CaseDetail>(app, applicant, 'POST', '/api/v1/cases', body)).data
    const [own, other] =
      c.helper?.name === '李帮办'
        ? [await login(app, 'dev:helper-1'), await login(app, 'dev:helper-2')]
        : [await login(app, 'dev:helper-2'), await login(app, 'dev:helper-1')]
    const filed = (
      await call<Complaint>(app, applicant, 'POST', '/api/v1/complaints', {
        kind: 'complaint',
        content: '提交三天了还没有受理，请尽快处理',
        caseId: c.id,
      })
    ).data

    // A resident holds no desk; a 帮办员 of other cases does not see it and cannot answer it.
    const byResident = await answer(applicant, filed.id)
    expect([byResident.status, byResident.error.code]).toEqual([403, 'FORBIDDEN'])
    expect((await call(app, applicant, 'GET', '/api/v1/staff/complaints')).status).toBe(403)
    expect((await staffList(other))?.map((x) => x.id)).not.toContain(filed.id)
    const byOther = await answer(other, filed.id)
    expect([byOther.status, byOther.error.code]).toEqual([404, 'NOT_FOUND'])

    expect((await staffList(own))?.[0]).toMatchObject({ id: filed.id, answer: null })
    clock.advance(3_600_000)
    const answered = await answer(own, filed.id)
    expect(answered.status).toBe(200)
    expect(answered.data.answer).toEqual({
      text: '经核查，材料已于今日补齐审核，办件将按时办结。',
      answeredAt: clock.now().toISOString(),
      onTime: true,
    })
    const again = await answer(own, filed.id, '再答复一次试试看会不会覆盖原来的答复')
    expect([again.status, again.error.code]).toEqual([409, 'ALREADY_ANSWERED'])

    const mine = await call<{ items: Complaint[] }>(app, applicant, 'GET', '/api/v1/complaints')
    expect(mine.data.items[0]?.answer?.text).toBe('经核查，材料已于今日补齐审核，办件将按时办结。')
    expect((await inboxOf(applicant)).map((m) => [m.title, m.route])).toEqual([
      ['您的投诉已答复', messagePages.complaint(filed.id)],
    ])
    expect(await inboxOf(own)).toEqual([])
    expect(await inboxOf(other)).toEqual([])
  })

  test('the administrator answers any, general ones too; two answers at once store one; late is recorded', async () => {
    const admin = await login(app, 'dev:admin-1')
    const filed = (
      await call<Complaint>(app, resident, 'POST', '/api/v1/complaints', {
        kind: 'suggestion',
        content: '建议周六上午也开放综合窗口办理',
      })
    ).data
    expect((await staffList(admin))?.map((x) => x.id)).toContain(filed.id)
    clock.advance(9 * 86_400_000) // past the 5 working days
    const both = await Promise.all([
      answer(admin, filed.id, '感谢建议，已安排试点周六上午开放综合窗口。'),
      answer(admin, filed.id, '感谢建议，周六窗口开放正在研究，请关注通知。'),
    ])
    expect(both.map((r) => r.status).sort()).toEqual([200, 409])
    const stored = both.find((r) => r.status === 200)?.data.answer
    expect(stored?.onTime).toBe(false)
    const mine = await call<{ items: Complaint[] }>(app, resident, 'GET', '/api/v1/complaints')
    expect(mine.data.items.find((x) => x.id === filed.id)?.answer?.text).toBe(stored?.text)
    const told = await inboxOf(resident)
    expect(told.map((m) => m.title)).toEqual(['您的建议已答复'])
  })
})
