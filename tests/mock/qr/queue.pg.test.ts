import type { ServicePoint } from '../../../src/services/contract'
import { inTransaction, type Sql } from '../../../mock/db/engine'
import { ApiError } from '../../../mock/http/errors'
import { takeTicket } from '../../../mock/modules/qr/queue'
import { createQrRepo } from '../../../mock/modules/qr/repository'
import { addPoint, addUsers, spread, threeInstances } from '../booking/pg'

let close: () => Promise<void> = async () => undefined
afterEach(() => close())

const NOW = new Date('2026-03-03T10:00:00+08:00') // a Tuesday, open
const POINT: ServicePoint = {
  id: 'sp-qs-center',
  name: '青山区政务服务中心',
  kind: 'center',
  street: '青山路',
  address: '青山路1号',
  phone: '0472-1234567',
  latitude: 40.6,
  longitude: 109.8,
  hours: [1, 2, 3, 4, 5].map((weekday) => ({
    weekday,
    spans: [{ open: '09:00', close: '17:00' }],
  })),
  features: [],
}

/** One 取号 request: its own transaction on its own instance, as the handler does. */
const take = (sql: Sql, userId: string) =>
  inTransaction(sql, () => takeTicket({ qr: createQrRepo(sql) }, userId, POINT, NOW)).then(
    (row) => row.number,
    (error: unknown) => {
      if (error instanceof ApiError) return error.code
      throw error
    },
  )

async function setUp(users: number) {
  const opened = await threeInstances()
  close = opened.close
  const [first] = opened.instances as [Sql]
  await addPoint(first, POINT.id)
  return { ...opened, first, users: await addUsers(first, users) }
}

describe('取号 on PostgreSQL across three server processes', () => {
  test('120 people taking a number at once get 1…120, each once', async () => {
    const { instances, first, users } = await setUp(120)
    const numbers = await spread(instances, 120, (sql, i) => take(sql, users[i]!))
    expect([...numbers].sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 120 }, (_, i) => i + 1),
    )
    const rows = await first.selectFrom('queue_tickets').select('number').execute()
    expect(rows).toHaveLength(120)
  })

  test('one person pressing 60 times at once gets one waiting number', async () => {
    const { instances, first, users } = await setUp(1)
    const answers = await spread(instances, 60, (sql) => take(sql, users[0]!))
    expect(answers.filter((a) => a === 1)).toHaveLength(1)
    expect(answers.filter((a) => a === 'TICKET_ALREADY_TAKEN')).toHaveLength(59)
    const rows = await first.selectFrom('queue_tickets').select('number').execute()
    expect(rows).toHaveLength(1)
  })

  test('60 windows calling at once call each of 30 waiting tickets once', async () => {
    const { instances, first, users } = await setUp(30)
    await first
      .insertInto('queue_tickets')
      .values(
        users.map((user_id, i) => ({
          id: `t${i}`,
          point_id: POINT.id,
          day: '2026-03-03',
          number: i + 1,
          user_id,
          taken_at: '2026-03-03T01:00:00Z',
        })),
      )
      .execute()
    const called = await spread(instances, 60, (sql) =>
      createQrRepo(sql).callNext(POINT.id, '2026-03-03', '2026-03-03T02:00:00Z'),
    )
    const ids = called.flatMap((t) => (t ? [t.id] : []))
    expect(ids).toHaveLength(30)
    expect(new Set(ids).size).toBe(30)
  })
})

test('a campaign claimed 50 times at once by one person is claimed once', async () => {
  const opened = await threeInstances()
  close = opened.close
  const [first] = opened.instances as [Sql]
  const [user] = await addUsers(first, 1)
  await first
    .insertInto('campaigns')
    .values({ id: 'c1', title: '惠企', description: 'd', benefits_json: '[]' })
    .execute()
  const made = await spread(opened.instances, 50, (sql) =>
    createQrRepo(sql).claim('c1', user!, '2026-03-03T02:00:00Z'),
  )
  expect(made.filter(Boolean)).toHaveLength(1)
  const rows = await first.selectFrom('campaign_claims').selectAll().execute()
  expect(rows).toHaveLength(1)
})
