import type { FastifyInstance } from 'fastify'
import type { Sql } from '../../../mock/db/engine'
import { login, testApp } from '../helpers'
import { ITEM_POINT, booking, call, itemOf, users } from './support'

let app: FastifyInstance
let sql: Sql
let token: string
let item: string
let otherItem: string

beforeAll(async () => {
  ;({ app, sql } = testApp())
  token = await login(app)
  ;[item, otherItem] = await itemOf(app, token)
})
afterAll(async () => {
  await app.close()
})

const post = (as: string, body: object, key?: string | null) =>
  call(app, as, 'POST', '/api/v1/appointments', body, key)
const rows = (slotStart: string) =>
  sql
    .selectFrom('appointments')
    .select('status')
    .where('slot_start', '=', new Date(slotStart).toISOString())
    .execute()

describe('creating a booking', () => {
  test('stores the booking and answers it masked, with a short unguessable code', async () => {
    const res = await post(token, booking(item))
    expect(res.status).toBe(201)
    expect(res.data).toMatchObject({
      itemId: item,
      pointId: ITEM_POINT,
      pointName: '青山区政务服务中心',
      date: '2026-03-03',
      time: '10:00',
      slotStart: '2026-03-03T02:00:00.000Z',
      name: '张*',
      phone: '138****5678',
      status: 'booked',
      queueNumber: null,
      canChange: true,
      changeDeadline: '2026-03-03T00:00:00.000Z',
    })
    expect(res.data.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
    const stored = await sql
      .selectFrom('appointments')
      .select(['name', 'phone', 'code'])
      .where('id', '=', res.data.id)
      .executeTakeFirst()
    expect(stored).toEqual({ name: '张三', phone: '13812345678', code: res.data.code })
  })

  test('one active booking per user, item and day: 409; another item that day is fine', async () => {
    const again = await post(token, booking(item, '2026-03-03T15:00:00+08:00'))
    expect([again.status, again.error.code]).toEqual([409, 'ALREADY_BOOKED'])
    expect(again.error.message).toContain('同一事项每天只能预约一次')
    expect((await post(token, booking(otherItem, '2026-03-03T15:00:00+08:00'))).status).toBe(201)
    expect((await post(token, booking(item, '2026-03-04T15:00:00+08:00'))).status).toBe(201)
  })

  test('capacity 5 per slot, then 409 SLOT_FULL with the Chinese message', async () => {
    const slot = '2026-03-05T09:00:00+08:00'
    const people = await users(app, 6, 'cap')
    for (const person of people.slice(0, 5))
      expect((await post(person, booking(item, slot))).status).toBe(201)
    const full = await post(people[5] ?? token, booking(item, slot))
    expect(full).toMatchObject({
      status: 409,
      error: { code: 'SLOT_FULL', message: '该时段已约满，请选择其他时段' },
    })
    expect(await rows(slot)).toHaveLength(5)
  })
})

describe('bad and hostile input, each with its status and Chinese message', () => {
  const expectError = async (body: object, status: number, code: string, text?: string) => {
    const res = await post(token, body)
    expect([res.status, res.error.code]).toEqual([status, code])
    if (text) expect(JSON.stringify(res.error)).toContain(text)
  }

  test('past, closed, misaligned and another point’s slots', async () => {
    await expectError(booking(item, '2026-03-02T08:30:00+08:00'), 400, 'SLOT_PAST', '该时段已过')
    await expectError(booking(item, '2026-03-01T10:00:00+08:00'), 400, 'SLOT_PAST')
    await expectError(booking(item, '2026-03-03T12:00:00+08:00'), 400, 'SLOT_UNKNOWN', '办公时间')
    await expectError(booking(item, '2026-03-03T10:10:00+08:00'), 400, 'SLOT_UNKNOWN')
    // 19:00 is a slot of a 商圈 point, not of the centre.
    await expectError(booking(item, '2026-03-03T19:00:00+08:00'), 400, 'SLOT_UNKNOWN')
    await expectError(booking(item, '2026-03-07T10:00:00+08:00'), 400, 'DATE_CLOSED', '不办公')
    await expectError(booking(item, '2026-04-08T10:00:00+08:00'), 400, 'DATE_OUT_OF_WINDOW')
    await expectError(
      booking(item, 'tomorrow at ten'),
      400,
      'VALIDATION_FAILED',
      '预约时段格式不正确',
    )
  })

  test('unknown item or point, a point that does not handle the item', async () => {
    await expectError(
      { ...booking(item), itemId: "x' OR 1=1 --" },
      404,
      'NOT_FOUND',
      '没有找到该事项',
    )
    await expectError({ ...booking(item), pointId: 'sp-nowhere' }, 404, 'NOT_FOUND', '服务网点')
    const bank = await call<{ items: { id: string }[] }>(
      app,
      token,
      'GET',
      '/api/v1/service-points/sp-qs-bank-abc/items?pageSize=50',
    )
    if (!bank.data.items.some((i) => i.id === item)) {
      await expectError({ ...booking(item), pointId: 'sp-qs-bank-abc' }, 400, 'POINT_NOT_HANDLING')
    }
  })

  test('wrong phone, blank or huge name, missing fields', async () => {
    await expectError(
      { ...booking(item), phone: '1381234567' },
      400,
      'VALIDATION_FAILED',
      '手机号应为11位',
    )
    await expectError(
      { ...booking(item), phone: '23812345678' },
      400,
      'VALIDATION_FAILED',
      '手机号应以13至19开头',
    )
    await expectError(
      { ...booking(item), name: '   ' },
      400,
      'VALIDATION_FAILED',
      '请填写预约人姓名',
    )
    await expectError(
      { ...booking(item), name: '张'.repeat(31) },
      400,
      'VALIDATION_FAILED',
      '不能超过30个字',
    )
    await expectError({ itemId: item }, 400, 'VALIDATION_FAILED')
  })

  test('missing or malformed Idempotency-Key: 400 and nothing stored', async () => {
    const slot = '2026-03-06T16:00:00+08:00'
    for (const key of [null, 'short']) {
      const res = await post(token, booking(item, slot), key)
      expect([res.status, res.error.code]).toEqual([400, 'IDEMPOTENCY_KEY_REQUIRED'])
    }
    expect(await rows(slot)).toHaveLength(0)
  })
})
