import type { Sql } from '../../../mock/db/engine'
import type { SubscribeMessage } from '../../../mock/notify/subscribe-message'
import { deliver } from '../../../mock/modules/messages/notify'
import { createMessageRepo, type MessageRepo } from '../../../mock/modules/messages/repository'
import { developmentSender, type MessageSender } from '../../../mock/modules/messages/sender'
import { MAX_ATTEMPTS, sendDueMessages } from '../../../mock/modules/messages/sends'
import type { MessageTemplates } from '../../../mock/modules/messages/templates'
import { addUser } from '../../support/three-instances'
import { testDatabase } from '../helpers'

let sql: Sql
let messages: MessageRepo
let close: () => Promise<void>
const t0 = new Date('2026-03-02T09:00:00+08:00')
const later = (ms: number) => new Date(t0.getTime() + ms)
const ONE_TIME: MessageTemplates = { progress: 'tpl-progress', reply: 'tpl-reply', longTerm: false }
let counter = 0

beforeAll(async () => {
  ;({ sql, close } = await testDatabase())
  messages = createMessageRepo(sql)
})
afterAll(() => close())

/** A user with one message of a case; returns the message id. */
async function messageFor(userId: string): Promise<string> {
  counter += 1
  await addUser(sql, userId)
  await deliver(
    messages,
    {
      userId,
      eventKey: `case:c${counter}:accepted:x`,
      kind: 'case_accepted',
      title: '办件已受理：个体工商户设立登记',
      body: '最迟3月5日办结。',
      route: '/packages/cases/pages/detail/index?id=c1',
    },
    t0,
  )
  const row = await sql
    .selectFrom('messages')
    .select('id')
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow()
  return row.id
}

/** A sender that records what it sends; `failures` first attempts throw. */
function recorder(failures = 0): MessageSender & { sent: SubscribeMessage[] } {
  const sent: SubscribeMessage[] = []
  let left = failures
  return {
    configured: true,
    sent,
    send: (message) => {
      if (left > 0) {
        left -= 1
        return Promise.reject(new Error('errcode 45015: 回复时间超过限制'))
      }
      sent.push(message)
      return Promise.resolve()
    },
  }
}

const subscribe = (userId: string, templates = ONE_TIME) =>
  messages.subscribe(userId, 'tpl-progress', templates.longTerm, t0.toISOString())

test('without WX_APPID every send is recorded as skipped (开发环境), nothing leaves', async () => {
  const id = await messageFor('dev-user')
  expect(
    await sendDueMessages(messages, { sender: developmentSender, templates: ONE_TIME }, t0),
  ).toBe(0)
  expect(await messages.send(id)).toMatchObject({
    status: 'skipped',
    note: '跳过（开发环境）',
    attempts: 1,
  })
})

test('one-time: no acceptance, no send; an acceptance is one send, with the template’s keys', async () => {
  const sender = recorder()
  const unsubscribed = await messageFor('no-accept')
  await sendDueMessages(messages, { sender, templates: ONE_TIME }, t0)
  expect(await messages.send(unsubscribed)).toMatchObject({ status: 'skipped', note: '用户未订阅' })

  const id = await messageFor('accepts-once')
  await subscribe('accepts-once')
  await sendDueMessages(messages, { sender, templates: ONE_TIME }, t0)
  expect(sender.sent).toEqual([
    {
      openid: 'openid-accepts-once',
      templateId: 'tpl-progress',
      page: 'packages/cases/pages/detail/index?id=c1',
      data: {
        thing1: { value: '办件已受理：个体工商户设立登记' },
        thing2: { value: '最迟3月5日办结。' },
        time3: { value: '2026-03-02 09:00' },
      },
    },
  ])
  expect(await messages.send(id)).toMatchObject({ status: 'sent', attempts: 1 })
  const spent = await sql
    .selectFrom('message_subscriptions')
    .select('remaining')
    .where('user_id', '=', 'accepts-once')
    .executeTakeFirstOrThrow()
  expect(spent.remaining).toBe(0)
})

test('long-term (政务民生): one acceptance covers every later message', async () => {
  const sender = recorder()
  const longTerm = { ...ONE_TIME, longTerm: true }
  await messageFor('long-term')
  await subscribe('long-term', longTerm)
  await subscribe('long-term', longTerm)
  counter += 1
  await deliver(
    messages,
    {
      userId: 'long-term',
      eventKey: `legal:r${counter}`,
      kind: 'case_finished',
      title: '办件已办结',
      body: '已办结',
      route: '/pages/mine/index',
    },
    t0,
  )
  await sendDueMessages(messages, { sender, templates: longTerm }, t0)
  expect(sender.sent.map((m) => m.openid)).toEqual(['openid-long-term', 'openid-long-term'])
})

test('a failed send waits its back-off, keeps the acceptance and goes out once; retries and parallel runs send nothing more', async () => {
  const sender = recorder(1)
  const id = await messageFor('flaky')
  await subscribe('flaky')
  const config = { sender, templates: ONE_TIME }
  await sendDueMessages(messages, config, t0)
  expect(await messages.send(id)).toMatchObject({
    status: 'pending',
    attempts: 1,
    next_try_at: later(60_000).toISOString(),
    note: 'errcode 45015: 回复时间超过限制',
  })
  await sendDueMessages(messages, config, later(59_000))
  expect(sender.sent).toEqual([])
  const runs = await Promise.all(
    Array.from({ length: 5 }, () => sendDueMessages(messages, config, later(60_000))),
  )
  expect(runs.reduce((a, b) => a + b, 0)).toBe(1)
  await sendDueMessages(messages, config, later(3_600_000))
  expect(sender.sent.map((m) => m.openid)).toEqual(['openid-flaky'])
  expect(await messages.send(id)).toMatchObject({ status: 'sent', attempts: 2 })
})

test(`after ${MAX_ATTEMPTS} failures the send is given up as failed`, async () => {
  const sender = recorder(99)
  const id = await messageFor('broken')
  await subscribe('broken')
  for (let hour = 0; hour < 12; hour += 1)
    await sendDueMessages(messages, { sender, templates: ONE_TIME }, later(hour * 3_600_000))
  expect(await messages.send(id)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS })
})

test('the same event delivered again (a retry, a second process) is one message, one send', async () => {
  await addUser(sql, 'twice')
  const draft = {
    userId: 'twice',
    eventKey: 'lab:b1:report',
    kind: 'lab_report' as const,
    title: '检测报告已出具',
    body: '点开查看',
    route: '/packages/labs/pages/booking/index?id=b1',
  }
  const stored = await Promise.all(Array.from({ length: 5 }, () => deliver(messages, draft, t0)))
  expect(stored.filter(Boolean)).toHaveLength(1)
  const rows = await sql
    .selectFrom('messages')
    .select('id')
    .where('user_id', '=', 'twice')
    .execute()
  expect(rows).toHaveLength(1)
  expect(await messages.send(rows[0]?.id ?? '')).toMatchObject({ status: 'pending' })
})
