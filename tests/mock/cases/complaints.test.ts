import type { FastifyInstance } from 'fastify'
import type { CaseDetail, Complaint } from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { caseFormOf, CLINIC, call, completeApplication } from './support'

let app: FastifyInstance
let resident: string

beforeAll(async () => {
  ;({ app } = testApp())
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
