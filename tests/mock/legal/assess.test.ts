import { authed, json, login, testApp, type ErrorJson } from '../helpers'
import type { Assessment, LegalTopic } from '../../../src/services/contract'

// The test clock starts at 2026-03-02 09:00 in 包头.
const { app } = testApp()
let token: string
beforeAll(async () => {
  token = await login(app, 'dev:assess-user')
})
afterAll(() => app.close())

const post = (body: object) =>
  app.inject(authed(token, { method: 'POST', url: '/api/v1/legal/assessments', payload: body }))

test('topics list six areas with their questions', async () => {
  const res = await app.inject(authed(token, { method: 'GET', url: '/api/v1/legal/topics' }))
  const { items } = json<{ data: { items: LegalTopic[] } }>(res).data
  expect(items.map((t) => t.name)).toEqual([
    '合同纠纷',
    '劳务争议/欠薪',
    '婚姻家庭',
    '房屋租赁',
    '消费维权',
    '交通事故',
  ])
  expect(JSON.stringify(items)).not.toContain('"short"')
})

test('unpaid wages after leaving: one year from the day employment ended', async () => {
  const res = await post({
    topic: 'labor',
    answers: {
      issue: 'wages',
      employed: 'no',
      left: '2025-06-30',
      known: '2025-05-15',
      contract: 'no',
    },
  })
  expect(res.statusCode).toBe(200)
  const a = json<{ data: Assessment }>(res).data
  expect(a.limitation).toMatchObject({
    kind: 'deadline',
    startDate: '2025-06-30',
    deadline: '2026-06-30',
  })
  expect(a.limitation.daysLeft).toBe(120)
  expect(a.summary).toContain('争议事项：拖欠工资')
  expect(a.summary).toContain('离职日期：2025-06-30')
  expect(a.evidence.join()).toContain('工牌、考勤记录') // no written contract
  expect(a.nextSteps.join()).toContain('劳动人事争议仲裁委员会')
})

test('unpaid wages while still employed: the period does not run; the leaving date is ignored', async () => {
  const res = await post({
    topic: 'labor',
    answers: {
      issue: 'wages',
      employed: 'yes',
      left: '2020-01-01',
      known: '2025-12-10',
      contract: 'yes',
    },
  })
  const a = json<{ data: Assessment }>(res).data
  expect(a.limitation.kind).toBe('paused')
  expect(a.limitation.deadline).toBeNull()
  expect(a.summary.join()).not.toContain('离职日期')
})

test('a demand for payment restarts the contract period', async () => {
  const a = json<{ data: Assessment }>(
    await post({
      topic: 'contract',
      answers: { type: 'loan', due: '2022-05-01', demand: '2023-04-20', written: 'contract' },
    }),
  ).data
  expect(a.limitation).toMatchObject({
    startDate: '2023-04-20',
    deadline: '2026-04-20',
    expired: false,
  })

  const expired = json<{ data: Assessment }>(
    await post({
      topic: 'contract',
      answers: { type: 'loan', due: '2022-06-10', written: 'oral' },
    }),
  ).data
  expect(expired.limitation).toMatchObject({ deadline: '2025-06-10', expired: true, daysLeft: 0 })
})

test('child support has no limitation period', async () => {
  const a = json<{ data: Assessment }>(
    await post({ topic: 'family', answers: { matter: 'support', children: 'yes' } }),
  ).data
  expect(a.limitation).toMatchObject({ kind: 'none', deadline: null })
  expect(a.limitation.basis).toContain('第一百九十六条')
})

test('product defects: two years', async () => {
  const a = json<{ data: Assessment }>(
    await post({
      topic: 'consumer',
      answers: { issue: 'defect', since: '2025-03-02', receipt: 'yes' },
    }),
  ).data
  expect(a.limitation).toMatchObject({ deadline: '2027-03-02' })
  expect(a.limitation.basis).toContain('产品质量法')
})

test('every problem is reported at once, per question, in words', async () => {
  const res = await post({
    topic: 'labor',
    answers: { issue: 'bribe', employed: 'no', left: '2026-03-03', known: '2025-02-29' },
  })
  expect(res.statusCode).toBe(400)
  const { error } = json<ErrorJson>(res)
  expect(error.fields).toEqual({
    'answers.issue': '回答无效，请重新选择',
    'answers.left': '日期不能晚于今天，请重新选择',
    'answers.known': '日期格式应为YYYY-MM-DD，请重新选择',
    'answers.contract': '请选择：签过书面劳动合同吗？',
  })
})

test('hostile input: unknown topic, non-string answers, oversized answers', async () => {
  expect((await post({ topic: 'murder', answers: {} })).statusCode).toBe(400)
  expect((await post({ topic: 'labor', answers: { issue: 1 } })).statusCode).toBe(400)
  expect((await post({ topic: 'labor', answers: { issue: 'x'.repeat(41) } })).statusCode).toBe(400)
  expect((await post({ topic: 'labor', answers: [] })).statusCode).toBe(400)
})
