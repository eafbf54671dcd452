// A console change that closes a booked time (a new holiday, a lost 调休 day, narrower hours):
// exactly the live bookings it closes become 需改约, each owner is told once, the resident's
// endpoints say so and the day-before reminder skips them.
import type {
  AdminPointDetail,
  Appointment,
  AppointmentList,
  HolidayYearEdit,
  HolidayYearSaved,
  PointEdit,
  PointSaved,
} from '../../../src/services/contract'
import { BUILT_IN_HOLIDAY_YEARS } from '../../../src/services/contract'
import { sendDueReminders } from '../../../mock/modules/booking/reminders'
import { createRepos } from '../../../mock/modules/repositories'
import type { ReminderMessage } from '../../../mock/notify/reminders'
import { login, testApp } from '../helpers'
import { send } from '../admin/support'
import { booking, call, ITEM_POINT, pickItems } from '../appointment/support'

const STREET = 'sp-qs-street-xingfulu'
const { app, sql, clock } = testApp() // Monday 2026-03-02 09:00
let admin = ''
let ana = ''
let bo = ''
let cai = ''
let items = { both: '', onlyA: '' }
beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  ana = await login(app, 'dev:closed-ana')
  bo = await login(app, 'dev:closed-bo')
  cai = await login(app, 'dev:closed-cai')
  items = await pickItems(sql, ITEM_POINT, STREET)
})
afterAll(() => app.close())

const BUILT_IN_2026 = BUILT_IN_HOLIDAY_YEARS.find((y) => y.year === 2026)
const year2026 = (extra: Partial<HolidayYearEdit>): HolidayYearEdit => ({
  holidays: BUILT_IN_2026?.holidays ?? [],
  makeupDays: BUILT_IN_2026?.makeupDays ?? [],
  ...extra,
})
const saveYear = (body: HolidayYearEdit) =>
  send<HolidayYearSaved>(app, 'POST', '/api/v1/admin/calendar/years/2026', { token: admin }, body)

const book = async (token: string, item: string, slot: string, point = ITEM_POINT) => {
  const res = await call(app, token, 'POST', '/api/v1/appointments', {
    ...booking(item, `${slot}:00+08:00`, point),
    reminder: 'wechat',
  })
  if (res.status !== 201) throw new Error(`booking ${slot}: ${res.error.message}`)
  return res.data.id
}
const closedIds = async () =>
  (
    await sql
      .selectFrom('appointments')
      .select('id')
      .where('closed_reason', 'is not', null)
      .orderBy('id')
      .execute()
  ).map((r) => r.id)
test('a holiday saved over booked days marks exactly the live bookings it closes and tells each owner once', async () => {
  const past = await book(ana, items.both, '2026-03-03T09:00')
  const anaTuesday = await book(ana, items.onlyA, '2026-03-03T14:00')
  const boWednesday = await book(bo, items.both, '2026-03-04T10:00')
  const boCancelled = await book(bo, items.onlyA, '2026-03-04T11:00')
  await call(app, bo, 'POST', `/api/v1/appointments/${boCancelled}/cancel`)
  const caiArrived = await book(cai, items.onlyA, '2026-03-03T15:00')
  await sql
    .updateTable('appointments')
    .set({ status: 'arrived', queue_number: 1, arrived_at: '2026-03-02T01:00:00Z' })
    .where('id', '=', caiArrived)
    .execute()
  const caiThursday = await book(cai, items.both, '2026-03-05T10:00')
  clock.advance(24 * 3_600_000 + 40 * 60_000) // Tuesday 09:40: the 09:00 booking is past

  const body = year2026({
    holidays: [
      ...(BUILT_IN_2026?.holidays ?? []),
      { name: '示例闭馆', from: '2026-03-03', to: '2026-03-04' },
    ],
  })
  const saved = await saveYear(body)
  expect([saved.status, saved.data.closedBookings]).toEqual([200, 2])
  expect(await closedIds()).toEqual([anaTuesday, boWednesday].sort())
  // not the past one, the cancelled one, the checked-in one, nor one on another day
  expect(await closedIds()).not.toEqual(expect.arrayContaining([past]))
  for (const id of [boCancelled, caiArrived, caiThursday])
    expect(await closedIds()).not.toContain(id)

  const messages = await sql
    .selectFrom('messages')
    .select(['user_id', 'title', 'body', 'route', 'kind'])
    .where('event_key', 'like', 'appointment:%:closed')
    .orderBy('route')
    .execute()
  expect(messages).toHaveLength(2)
  const owners = await sql
    .selectFrom('appointments')
    .select(['id', 'user_id'])
    .where('id', 'in', [anaTuesday, boWednesday])
    .execute()
  for (const { id, user_id } of owners) {
    const told = messages.filter((m) => m.user_id === user_id)
    expect(told).toHaveLength(1)
    expect(told[0]?.route).toContain(encodeURIComponent(id))
    expect(told[0]?.body).toContain('因示例闭馆放假调整')
  }

  const again = await saveYear(body)
  expect(again.data.closedBookings).toBe(0)
  const after = await sql
    .selectFrom('messages')
    .select('id')
    .where('event_key', 'like', 'appointment:%:closed')
    .execute()
  expect(after).toHaveLength(2)

  // The resident sees the truth, can still change it, and no reminder goes out for it.
  const detail = await call<Appointment>(app, ana, 'GET', `/api/v1/appointments/${anaTuesday}`)
  expect(detail.data).toMatchObject({
    status: 'needs_rebook',
    closedReason: '因示例闭馆放假调整',
    canChange: true,
  })
  const list = await call<AppointmentList>(app, bo, 'GET', '/api/v1/appointments')
  expect(list.data.items.map((a) => [a.id, a.status])).toEqual([[boWednesday, 'needs_rebook']])
  const untouched = await call<Appointment>(app, cai, 'GET', `/api/v1/appointments/${caiThursday}`)
  expect(untouched.data.status).toBe('booked')

  const sent: ReminderMessage[] = []
  await sendDueReminders(createRepos(sql), async (m) => void sent.push(m), clock.now())
  expect(sent.map((m) => m.appointmentId)).not.toContain(anaTuesday)

  const moved = await call(app, ana, 'POST', `/api/v1/appointments/${anaTuesday}/reschedule`, {
    pointId: ITEM_POINT,
    slotStart: '2026-03-05T14:00:00+08:00',
  })
  expect([moved.status, moved.data.status]).toEqual([201, 'booked'])
})

test('a day that stops being a 调休 working day closes its bookings', async () => {
  const withSaturday = year2026({
    makeupDays: [...(BUILT_IN_2026?.makeupDays ?? []), '2026-03-07'],
  })
  expect((await saveYear(withSaturday)).data.closedBookings).toBe(0)
  const saturday = await book(cai, items.onlyA, '2026-03-07T10:00')
  const saved = await saveYear(year2026({}))
  expect(saved.data.closedBookings).toBe(1)
  const detail = await call<Appointment>(app, cai, 'GET', `/api/v1/appointments/${saturday}`)
  expect(detail.data).toMatchObject({ status: 'needs_rebook', closedReason: '因调休安排调整' })
})

test('narrower hours at one point close only that point’s bookings outside them', async () => {
  const morning = await book(ana, items.both, '2026-03-06T10:00')
  const lateHere = await book(bo, items.both, '2026-03-06T16:30')
  const lateThere = await book(cai, items.both, '2026-03-06T16:30', STREET)
  const { point } = (
    await send<AdminPointDetail>(app, 'GET', `/api/v1/admin/points/${ITEM_POINT}`, { token: admin })
  ).data
  const edit: PointEdit = {
    name: point.name,
    street: point.street,
    address: point.address,
    phone: point.phone,
    latitude: point.latitude,
    longitude: point.longitude,
    features: point.features,
    hours: point.hours.map((day) => ({
      weekday: day.weekday,
      spans: day.spans.map((s) => (s.close === '17:30' ? { ...s, close: '16:00' } : s)),
    })),
  }
  const saved = await send<PointSaved>(
    app,
    'POST',
    `/api/v1/admin/points/${ITEM_POINT}`,
    { token: admin },
    edit,
  )
  expect([saved.status, saved.data.closedBookings]).toEqual([200, 1])
  const statusOf = async (token: string, id: string) =>
    (await call<Appointment>(app, token, 'GET', `/api/v1/appointments/${id}`)).data
  expect((await statusOf(ana, morning)).status).toBe('booked')
  expect(await statusOf(bo, lateHere)).toMatchObject({
    status: 'needs_rebook',
    closedReason: `因${point.name}办公时间调整`,
  })
  expect((await statusOf(cai, lateThere)).status).toBe('booked')
  const audit = await sql
    .selectFrom('admin_audit')
    .select('summary')
    .where('action', '=', 'point.edited')
    .execute()
  expect(audit.map((a) => a.summary).join()).toContain('1个预约的时段不再办公')
})
