import type { Sql } from '../../../mock/db/engine'
import { sendClaimed, type ReminderMessage } from '../../../mock/notify/reminders'
import { createAppointmentRepo } from '../../../mock/modules/booking/repository'
import { addUsers, threeInstances } from './pg'

let close: () => Promise<void> = async () => undefined
afterEach(() => close())

/** What `sendDueReminders` does with the appointments repository of one instance. */
async function run(sql: Sql, send: (m: ReminderMessage) => Promise<void>, at: string) {
  const repo = createAppointmentRepo(sql)
  const due = await repo.dueReminders(at, '2026-03-03T09:00:00Z')
  return sendClaimed(
    due,
    send,
    (row) => ({
      openid: row.openid,
      appointmentId: row.id,
      itemName: 'i',
      pointName: 'p',
      when: '',
      code: row.code,
    }),
    {
      claim: (row) => repo.claimReminder(row.id, at),
      release: (row) => repo.releaseReminder(row.id, at),
    },
  )
}

test('three instances, 20 runs each at once: every due reminder is sent exactly once', async () => {
  const opened = await threeInstances()
  close = opened.close
  const [first] = opened.instances as [Sql]
  const users = await addUsers(first, 10)
  await first
    .insertInto('appointments')
    .values(
      users.map((u, i) => ({
        id: `a${i}`,
        code: `C${i}`,
        user_id: u,
        item_id: 'item-1',
        point_id: 'sp',
        day: '2026-03-02',
        time: '14:00',
        slot_start: '2026-03-02T06:00:00Z',
        slot_end: '2026-03-02T06:30:00Z',
        name: '张三',
        phone: '13800000000',
        reminder: 'wechat',
        created_at: '2026-03-01T00:00:00Z',
      })),
    )
    .execute()
  const sent: string[] = []
  const send = async (m: ReminderMessage) => {
    await new Promise((resolve) => setTimeout(resolve, 5)) // WeChat answers meanwhile
    sent.push(m.appointmentId)
  }
  const counts = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      run(opened.instances[i % 3]!, send, '2026-03-02T01:00:00Z'),
    ),
  )
  expect(counts.reduce((a, b) => a + b, 0)).toBe(10)
  expect(sent.sort()).toEqual(users.map((_, i) => `a${i}`).sort())
})

test('a failed send gives its claim back; the next run sends it', async () => {
  const opened = await threeInstances()
  close = opened.close
  const [first] = opened.instances as [Sql]
  const [user] = await addUsers(first, 1)
  await first
    .insertInto('appointments')
    .values({
      id: 'a0',
      code: 'C0',
      user_id: user!,
      item_id: 'item-1',
      point_id: 'sp',
      day: '2026-03-02',
      time: '14:00',
      slot_start: '2026-03-02T06:00:00Z',
      slot_end: '2026-03-02T06:30:00Z',
      name: '张三',
      phone: '13800000000',
      reminder: 'wechat',
      created_at: '2026-03-01T00:00:00Z',
    })
    .execute()
  const down = () => Promise.reject(new Error('WeChat down'))
  expect(await run(first, down, '2026-03-02T01:00:00Z')).toBe(0)
  const sent: string[] = []
  const up = async (m: ReminderMessage) => void sent.push(m.appointmentId)
  expect(await run(opened.instances[1]!, up, '2026-03-02T01:01:00Z')).toBe(1)
  expect(await run(opened.instances[2]!, up, '2026-03-02T01:02:00Z')).toBe(0)
  expect(sent).toEqual(['a0'])
})
