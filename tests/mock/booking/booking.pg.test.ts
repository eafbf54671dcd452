import { inTransaction, type Sql } from '../../../mock/db/engine'
import { SLOT_CAPACITY } from '../../../mock/modules/booking/booking'
import { createAppointmentRepo } from '../../../mock/modules/booking/repository'
import { addPoint, addUsers, spread, threeInstances } from './pg'

let close: () => Promise<void> = async () => undefined
afterEach(() => close())

const POINT = 'sp-qs-center'
const booking = (userId: string, slot: string, i: number, itemId = 'item-1') => ({
  id: `a-${userId}-${slot}-${i}`,
  code: `C${String(i).padStart(7, '0')}`,
  user_id: userId,
  item_id: itemId,
  point_id: POINT,
  day: slot.slice(0, 10),
  time: slot.slice(11, 16),
  slot_start: new Date(`${slot}+08:00`).toISOString(),
  slot_end: new Date(new Date(`${slot}+08:00`).getTime() + 30 * 60_000).toISOString(),
  name: '张三',
  phone: '13800000000',
  reminder: 'none' as const,
  created_at: '2026-03-02T01:00:00Z',
})

/** One request: its own transaction on its own instance, as a handler does. */
const book = (sql: Sql, row: ReturnType<typeof booking>) =>
  inTransaction(sql, () => createAppointmentRepo(sql).insertWithin(row, SLOT_CAPACITY))

async function setUp(users: number) {
  const opened = await threeInstances()
  close = opened.close
  const [first] = opened.instances as [Sql]
  await addPoint(first, POINT)
  return { ...opened, first, users: await addUsers(first, users) }
}

describe('booking on PostgreSQL across three server processes', () => {
  test('200 concurrent bookings for one slot of capacity 5 → exactly 5', async () => {
    const { instances, first, users } = await setUp(200)
    const outcomes = await spread(instances, 200, (sql, i) =>
      book(sql, booking(users[i]!, '2026-03-03T10:00', i)),
    )
    expect(outcomes.filter((o) => o === 'booked')).toHaveLength(SLOT_CAPACITY)
    expect(outcomes.filter((o) => o === 'full')).toHaveLength(200 - SLOT_CAPACITY)
    const rows = await first.selectFrom('appointments').select('id').execute()
    expect(rows).toHaveLength(SLOT_CAPACITY)
  })

  test('60 concurrent bookings of one item and day by one person, at different slots → one', async () => {
    const { instances, first, users } = await setUp(1)
    const slots = ['09:00', '09:30', '10:00', '10:30', '11:00', '14:00']
    const outcomes = await spread(instances, 60, (sql, i) =>
      book(sql, booking(users[0]!, `2026-03-03T${slots[i % slots.length]!}`, i)),
    )
    expect(outcomes.filter((o) => o === 'booked')).toHaveLength(1)
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(59)
    const rows = await first.selectFrom('appointments').select('id').execute()
    expect(rows).toHaveLength(1)
  })

  test('60 concurrent check-ins at one point and day get 60 different queue numbers', async () => {
    const { instances, first, users } = await setUp(60)
    const rows = users.map((u, i) =>
      booking(u, `2026-03-03T${String(9 + (i % 6)).padStart(2, '0')}:00`, i),
    )
    await first.insertInto('appointments').values(rows).execute()
    const numbers = await spread(instances, 60, (sql, i) =>
      inTransaction(sql, () =>
        createAppointmentRepo(sql).checkIn(
          rows[i]!.id,
          POINT,
          '2026-03-03',
          '2026-03-03T01:00:00Z',
        ),
      ),
    )
    expect(new Set(numbers).size).toBe(60)
    const stored = await first.selectFrom('appointments').select('queue_number').execute()
    expect(stored.map((r) => r.queue_number).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 60 }, (_, i) => i + 1),
    )
  })

  test('a twin scan of one booking keeps the first queue number', async () => {
    const { instances, first, users } = await setUp(1)
    const row = booking(users[0]!, '2026-03-03T09:00', 0)
    await first.insertInto('appointments').values(row).execute()
    await spread(instances, 50, (sql) =>
      inTransaction(sql, () =>
        createAppointmentRepo(sql).checkIn(row.id, POINT, '2026-03-03', '2026-03-03T01:00:00Z'),
      ),
    )
    const stored = await createAppointmentRepo(first).findById(row.id)
    expect(stored).toMatchObject({ status: 'arrived', queue_number: 1 })
  })
})
