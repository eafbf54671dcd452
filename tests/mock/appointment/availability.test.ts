import type { FastifyInstance } from 'fastify'
import type { BookableDates, SlotList } from '../../../src/services/contract'
import type { Sql } from '../../../mock/db/engine'
import { login, testApp } from '../helpers'
import { ITEM_POINT, booking, call, pickItems } from './support'

const MALL = 'sp-qs-mall-wanda'
let app: FastifyInstance
let sql: Sql
let clock: ReturnType<typeof testApp>['clock']
let token: string
let items: { both: string; onlyA: string }

beforeAll(async () => {
  // Friday 2026-09-18 09:00: 中秋 (09-25…27) and 国庆 (10-01…07) ahead, 调休 on 09-20 and 10-10.
  const started = testApp()
  app = started.app
  clock = started.clock
  sql = started.sql
  clock.advance(Date.parse('2026-09-18T09:00:00+08:00') - clock.now().getTime())
  token = await login(app)
  await app.ready()
  items = await pickItems(sql, ITEM_POINT, MALL)
})
afterAll(async () => {
  await app.close()
})

const dates = (item: string, point: string) =>
  call<BookableDates>(
    app,
    token,
    'GET',
    `/api/v1/appointments/dates?itemId=${item}&pointId=${point}`,
  )
const slots = (item: string, point: string, date: string) =>
  call<SlotList>(
    app,
    token,
    'GET',
    `/api/v1/appointments/slots?itemId=${item}&pointId=${point}&date=${date}`,
  )

describe('bookable dates', () => {
  test('an office: 14 working days, holidays and weekends out, 调休 weekend days in', async () => {
    const res = await dates(items.both, ITEM_POINT)
    expect(res.status).toBe(200)
    expect(res.data.dates.map((d) => d.date)).toEqual([
      '2026-09-18',
      '2026-09-20',
      '2026-09-21',
      '2026-09-22',
      '2026-09-23',
      '2026-09-24',
      '2026-09-28',
      '2026-09-29',
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-12',
      '2026-10-13',
    ])
    expect(res.data.dates[1]).toMatchObject({ weekday: 7, remaining: 14 * 5 })
  })

  test('a mall point opens at weekends, but not on public holidays', async () => {
    const list = (await dates(items.both, MALL)).data.dates.map((d) => d.date)
    expect(list).toHaveLength(14)
    expect(list).toContain('2026-09-19')
    expect(list.some((d) => d >= '2026-09-25' && d <= '2026-09-27')).toBe(false)
  })

  test('unknown item or point: 404; a point that does not handle the item: 400', async () => {
    const unknownItem = await dates('no-such-item', ITEM_POINT)
    expect(unknownItem.status).toBe(404)
    expect(unknownItem.error.message).toContain('没有找到该事项')
    const unknownPoint = await dates(items.both, 'sp-nowhere')
    expect(unknownPoint.status).toBe(404)
    expect(unknownPoint.error.message).toContain('没有找到该服务网点')
    const elsewhere = await dates(items.onlyA, MALL)
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.error.code).toBe('POINT_NOT_HANDLING')
    expect(elsewhere.error.message).toContain('不办理')
  })
})

describe('slots of a date', () => {
  test('half-hour slots inside the opening spans, lunch break excluded', async () => {
    const res = await slots(items.both, ITEM_POINT, '2026-09-21')
    expect(res.status).toBe(200)
    const times = res.data.slots.map((s) => s.time)
    expect(times).toHaveLength(6 + 8)
    expect(times[0]).toBe('09:00')
    expect(times).toContain('11:30')
    expect(times).not.toContain('12:00')
    expect(times).not.toContain('13:00')
    expect(times).toContain('13:30')
    expect(times.at(-1)).toBe('17:00')
    expect(res.data.slots[0]).toMatchObject({ capacity: 5, remaining: 5, busyness: 'quiet' })
  })

  test('today lists only the slots still ahead', async () => {
    const times = (await slots(items.both, ITEM_POINT, '2026-09-18')).data.slots.map((s) => s.time)
    expect(times[0]).toBe('09:30')
  })

  test('closed, past and out-of-window dates are refused with their reason', async () => {
    const holiday = await slots(items.both, ITEM_POINT, '2026-10-01')
    expect([holiday.status, holiday.error.code]).toEqual([400, 'DATE_CLOSED'])
    expect(holiday.error.message).toContain('不办公')
    const sunday = await slots(items.both, ITEM_POINT, '2026-09-27')
    expect(sunday.error.code).toBe('DATE_CLOSED')
    const past = await slots(items.both, ITEM_POINT, '2026-09-17')
    expect([past.status, past.error.code]).toEqual([400, 'DATE_PAST'])
    const far = await slots(items.both, ITEM_POINT, '2026-11-30')
    expect([far.status, far.error.code]).toEqual([400, 'DATE_OUT_OF_WINDOW'])
    const garbage = await slots(items.both, ITEM_POINT, '2026-9-1')
    expect(garbage.status).toBe(400)
  })

  test('remaining falls as people book; busyness follows past bookings of that weekday', async () => {
    const slotStart = '2026-09-21T09:00:00+08:00'
    const others = await Promise.all([1, 2, 3, 4].map((i) => login(app, `dev:busy-${i}`)))
    for (const other of others) {
      const res = await call(app, other, 'POST', '/api/v1/appointments', {
        ...booking(items.both, slotStart),
      })
      expect(res.status).toBe(201)
    }
    const monday = await slots(items.both, ITEM_POINT, '2026-09-21')
    expect(monday.data.slots[0]).toMatchObject({ time: '09:00', remaining: 1 })
    // A week later, that Monday 09:00 is history: 4 of 5 places in 1 of 8 weeks is still quiet.
    clock.advance(7 * 86_400_000)
    const next = await slots(items.both, ITEM_POINT, '2026-09-28')
    expect(next.data.slots[0]).toMatchObject({ remaining: 5, busyness: 'quiet' })
  })
})
