import type { Sql } from '../../../mock/db/engine'
import type { SubscribeMessage } from '../../../mock/notify/subscribe-message'
import { deliver } from '../../../mock/modules/messages/notify'
import { createMessageRepo } from '../../../mock/modules/messages/repository'
import { sendDueMessages } from '../../../mock/modules/messages/sends'
import { addUser, burst, threeInstances } from '../../support/three-instances'

const now = new Date('2026-03-02T09:00:00+08:00')
const templates = { progress: 'tpl-progress', longTerm: true }
let sqls: [Sql, Sql, Sql]
let close: () => Promise<void>

beforeAll(async () => {
  ;({ sqls, close } = await threeInstances())
  await addUser(sqls[0], 'u1')
  await createMessageRepo(sqls[0]).subscribe('u1', 'tpl-progress', true, now.toISOString())
})
afterAll(() => close())

const draft = (n: number) => ({
  userId: 'u1',
  eventKey: `case:c${n}:finished:x`,
  kind: 'case_finished' as const,
  title: `办件已办结 ${n}`,
  body: '已办结',
  route: `/packages/cases/pages/detail/index?id=c${n}`,
})

test('one event emitted 60 times at once on three instances: one message, one send row', async () => {
  const results = await burst(60, sqls, (sql) => deliver(createMessageRepo(sql), draft(0), now))
  expect(results.filter((r) => r.status === 'fulfilled' && r.value)).toHaveLength(1)
  expect(results.filter((r) => r.status === 'rejected')).toEqual([])
  const rows = await sqls[0].selectFrom('messages').select('id').execute()
  expect(rows).toHaveLength(1)
  const sends = await sqls[0].selectFrom('message_sends').select('message_id').execute()
  expect(sends).toHaveLength(1)
})

test('20 messages, the send loop running at once on three instances (twice each): each sent once', async () => {
  for (let n = 1; n <= 20; n += 1) await deliver(createMessageRepo(sqls[0]), draft(n), now)
  const sent: SubscribeMessage[] = []
  const sender = {
    configured: true,
    send: async (message: SubscribeMessage) => {
      await new Promise((resolve) => setTimeout(resolve, 2))
      sent.push(message)
    },
  }
  const runs = await burst(6, sqls, (sql) =>
    sendDueMessages(createMessageRepo(sql), { sender, templates }, now),
  )
  expect(runs.filter((r) => r.status === 'rejected')).toEqual([])
  expect(sent).toHaveLength(21)
  expect(new Set(sent.map((m) => m.data.thing1?.value)).size).toBe(21)
  const statuses = await sqls[0].selectFrom('message_sends').select('status').execute()
  expect(statuses.every((s) => s.status === 'sent')).toBe(true)
})
