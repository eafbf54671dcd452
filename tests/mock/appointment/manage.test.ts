import type { FastifyInstance } from 'fastify'
import type { Appointment, AppointmentList, SlotList } from '../../../src/services/contract'
import type { Sql } from '../../../mock/db/engine'
import { login, testApp } from '../helpers'
import { ITEM_POINT, booking, call, itemOf, users } from './support'

let app: FastifyInstance
let sql: Sql
let clock: ReturnType<typeof testApp>['clock']
let me: string
let stranger: string
let item: string

beforeAll(async () => {
  ;({ app, clock, sql } = testApp())
  me = await login(app, 'dev:me')
  stranger = await login(app, 'dev:stranger')
  ;[item] = await itemOf(app, me)
})
afterAll(async () => {
  await app.close()
})

const book = (slot: string, as = me) =>
  call(app, as, 'POST', '/api/v1/appointments', booking(item, slot))
const cancel = (id: string, as = me) => call(app, as, 'POST', `/api/v1/appointments/${id}/cancel`)
const reschedule = (id: string, slotStart: string, as = me) =>
  call(app, as, 'POST', `/api/v1/appointments/${id}/reschedule`, { pointId: ITEM_POINT, slotStart })
const remaining = async (date: string, time: string) => {
  const url = `/api/v1/appointments/slots?itemId=${item}&pointId=${ITEM_POINT}&date=${date}`
  const res = await call<SlotList>(app, me, 'GET', url)
  return res.data.slots.find((s) => s.time === time)?.remaining
}
const status = async (id: string) =>
  (await sql.selectFrom('appointments').select('status').where('id', '=', id).executeTakeFirst())
    ?.status

describe('我的预约', () => {
  test('upcoming soonest first, past after the slot ends; nobody sees another’s bookings', async () => {
    const later = await book('2026-03-04T09:00:00+08:00')
    const sooner = await book('2026-03-03T09:00:00+08:00')
    const list = await call<AppointmentList>(app, me, 'GET', '/api/v1/appointments')
    expect(list.data.items.map((a) => a.id)).toEqual([sooner.data.id, later.data.id])
    const theirs = await call<AppointmentList>(
      app,
      stranger,
      'GET',
      '/api/v1/appointments?scope=upcoming',
    )
    expect(theirs.data.items).toEqual([])
    const peek = await call(app, stranger, 'GET', `/api/v1/appointments/${sooner.data.id}`)
    expect([peek.status, peek.error.message]).toEqual([
      404,
      '没有找到该预约，请刷新“我的预约”后重试',
    ])
    const bad = await call(app, me, 'GET', '/api/v1/appointments?scope=all')
    expect(bad.status).toBe(400)
  })
})

describe('cancel', () => {
  test('gives the place back, is safe to repeat, and is refused for someone else', async () => {
    const res = await book('2026-03-05T10:00:00+08:00')
    expect(await remaining('2026-03-05', '10:00')).toBe(4)
    expect((await cancel(res.data.id, stranger)).status).toBe(404)
    expect(await status(res.data.id)).toBe('booked')
    const done = await cancel(res.data.id)
    expect(done.data).toMatchObject({ status: 'cancelled', canChange: false })
    expect(await remaining('2026-03-05', '10:00')).toBe(5)
    expect((await cancel(res.data.id)).data.status).toBe('cancelled')
    expect((await book('2026-03-05T11:00:00+08:00')).status).toBe(201)
  })

  test('closes 2 hours before the slot', async () => {
    const res = await book('2026-03-02T11:30:00+08:00') // now is 09:00
    expect(res.data.canChange).toBe(true)
    clock.advance(30 * 60_000 + 1)
    const late = await cancel(res.data.id)
    expect([late.status, late.error.code]).toEqual([409, 'CHANGE_WINDOW_CLOSED'])
    expect(late.error.message).toContain('不足2小时')
    expect(await status(res.data.id)).toBe('booked')
    clock.advance(-(30 * 60_000 + 1))
  })
})

describe('reschedule', () => {
  test('moves the booking: the old one cancelled, a new one booked, in one step', async () => {
    const old = await book('2026-03-06T09:00:00+08:00')
    const moved = await reschedule(old.data.id, '2026-03-06T15:00:00+08:00')
    expect(moved.status).toBe(201)
    expect(moved.data).toMatchObject({
      date: '2026-03-06',
      time: '15:00',
      status: 'booked',
      name: '张*',
    })
    expect(moved.data.id).not.toBe(old.data.id)
    expect(await status(old.data.id)).toBe('cancelled')
  })

  test('the replaced booking says where it moved (已改约), a plain cancel does not', async () => {
    const old = await book('2026-03-12T09:00:00+08:00')
    clock.advance(1000) // a real clock: the 改约 happens at its own instant
    const moved = await reschedule(old.data.id, '2026-03-12T15:00:00+08:00')
    const before = await call<Appointment>(app, me, 'GET', `/api/v1/appointments/${old.data.id}`)
    expect(before.data).toMatchObject({
      status: 'cancelled',
      movedTo: { id: moved.data.id, date: '2026-03-12', time: '15:00' },
    })
    clock.advance(1000)
    const dropped = await cancel(moved.data.id)
    expect(dropped.data.status).toBe('cancelled')
    expect(dropped.data).not.toHaveProperty('movedTo')
  })

  test('all or nothing: into a full slot, the old booking stays as it was', async () => {
    const full = '2026-03-09T09:00:00+08:00'
    for (const person of await users(app, 5, 'filler'))
      expect((await book(full, person)).status).toBe(201)
    const old = await book('2026-03-09T10:00:00+08:00')
    const refused = await reschedule(old.data.id, full)
    expect([refused.status, refused.error.code]).toEqual([409, 'SLOT_FULL'])
    expect(await status(old.data.id)).toBe('booked')
    const past = await reschedule(old.data.id, '2026-03-02T08:00:00+08:00')
    expect([past.status, past.error.code]).toEqual([400, 'SLOT_PAST'])
    expect(await status(old.data.id)).toBe('booked')
  })

  test('someone else’s booking or a cancelled one cannot be moved', async () => {
    const mine = await book('2026-03-10T09:00:00+08:00')
    expect((await reschedule(mine.data.id, '2026-03-10T10:00:00+08:00', stranger)).status).toBe(404)
    await cancel(mine.data.id)
    const again = await reschedule(mine.data.id, '2026-03-10T10:00:00+08:00')
    expect([again.status, again.error.code]).toEqual([409, 'ALREADY_CANCELLED'])
  })

  test('needs its own Idempotency-Key; a key reused for another slot is refused', async () => {
    const old = await book('2026-03-11T09:00:00+08:00')
    const url = `/api/v1/appointments/${old.data.id}/reschedule`
    const body = { pointId: ITEM_POINT, slotStart: '2026-03-11T10:00:00+08:00' }
    const keyless = await call(app, me, 'POST', url, body, null)
    expect([keyless.status, keyless.error.code]).toEqual([400, 'IDEMPOTENCY_KEY_REQUIRED'])
    const moved = await call(app, me, 'POST', url, body, 'reschedule-key-1')
    const replay = await call(app, me, 'POST', url, body, 'reschedule-key-1')
    expect([moved.status, replay.data.id]).toEqual([201, moved.data.id])
    const other = { ...body, slotStart: '2026-03-11T11:00:00+08:00' }
    expect((await call(app, me, 'POST', url, other, 'reschedule-key-1')).status).toBe(422)
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/appointments' })
    expect(anonymous.statusCode).toBe(401)
  })
})
