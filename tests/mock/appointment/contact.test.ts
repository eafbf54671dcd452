import type { FastifyInstance } from 'fastify'
import type { BookingItems, Profile } from '../../../src/services/contract'
import type { Sql } from '../../../mock/db/engine'
import { login, PEOPLE, testApp, verifyAs } from '../helpers'
import { ITEM_POINT, TUESDAY_10, booking, call, itemOf } from './support'

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

const post = (body: object, as = token) => call(app, as, 'POST', '/api/v1/appointments', body)
const profile = async (as = token) => (await call<Profile>(app, as, 'GET', '/api/v1/me')).data
const stored = (id: string) =>
  sql
    .selectFrom('appointments')
    .select(['name', 'phone', 'reminder'])
    .where('id', '=', id)
    .executeTakeFirst()

describe('the booker’s contact', () => {
  test('a first booking without a phone is refused with what to fill in', async () => {
    const fresh = await login(app, 'dev:contact-fresh')
    expect((await profile(fresh)).contact).toEqual({ nameMasked: null, phoneMasked: null })
    const res = await post({ itemId: item, pointId: ITEM_POINT, slotStart: TUESDAY_10 }, fresh)
    expect([res.status, res.error.code]).toEqual([400, 'CONTACT_NAME_MISSING'])
    const noPhone = await post(
      { itemId: item, pointId: ITEM_POINT, slotStart: TUESDAY_10, name: '李四' },
      fresh,
    )
    expect([noPhone.status, noPhone.error.message]).toEqual([
      400,
      '请填写预约人手机号，用于接收预约提醒',
    ])
  })

  test('is remembered, offered masked, and used when the next booking omits it', async () => {
    const first = await post(booking(item))
    expect(first.status).toBe(201)
    expect((await profile()).contact).toEqual({ nameMasked: '张*', phoneMasked: '138****5678' })
    const second = await post({ itemId: otherItem, pointId: ITEM_POINT, slotStart: TUESDAY_10 })
    expect(second.status).toBe(201)
    expect(await stored(second.data.id)).toMatchObject({ name: '张三', phone: '13812345678' })
  })

  test('the real name stands in for a name never typed', async () => {
    const user = await login(app, 'dev:contact-real-name')
    await verifyAs(app, user, PEOPLE.wu)
    const res = await post(
      { itemId: item, pointId: ITEM_POINT, slotStart: TUESDAY_10, phone: '139 0000 1111' },
      user,
    )
    expect(res.status).toBe(201)
    expect(await stored(res.data.id)).toMatchObject({ name: '吴刚', phone: '13900001111' })
  })

  test('an empty or malformed typed contact is refused, not replaced by the saved one', async () => {
    const blank = await post({ ...booking(item, '2026-03-05T10:00:00+08:00'), name: '  ' })
    expect([blank.status, blank.error.fields?.name]).toEqual([400, '请填写预约人姓名'])
    const wrong = await post({ ...booking(item, '2026-03-05T10:00:00+08:00'), phone: '1234' })
    expect(wrong.status).toBe(400)
    expect(wrong.error.fields?.phone).toContain('手机号')
  })
})

describe('the reminder choice', () => {
  test('is stored with the booking and carried over by a reschedule', async () => {
    const user = await login(app, 'dev:reminder-user')
    const res = await post(
      { ...booking(item, '2026-03-06T10:00:00+08:00'), reminder: 'wechat' },
      user,
    )
    expect((await stored(res.data.id))?.reminder).toBe('wechat')
    const moved = await call(app, user, 'POST', `/api/v1/appointments/${res.data.id}/reschedule`, {
      pointId: ITEM_POINT,
      slotStart: '2026-03-06T14:00:00+08:00',
    })
    expect(moved.status).toBe(201)
    expect((await stored(moved.data.id))?.reminder).toBe('wechat')
    const bad = await post(
      { ...booking(otherItem, '2026-03-06T10:00:00+08:00'), reminder: 'sms' },
      user,
    )
    expect(bad.status).toBe(400)
  })
})

describe('GET /api/v1/appointments/items', () => {
  const items = async (q?: string) =>
    (
      await call<BookingItems>(
        app,
        token,
        'GET',
        `/api/v1/appointments/items${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`,
      )
    ).data.items

  test('without a query: only items some point handles, most asked for first', async () => {
    const list = await items()
    expect(list.length).toBe(20)
    const handled = new Set(
      (await sql.selectFrom('catalog_item_points').select('item_id').distinct().execute()).map(
        (r) => r.item_id,
      ),
    )
    expect(list.every((i) => handled.has(i.id))).toBe(true)
  })

  test('a search keeps bookable hits and drops items no point handles', async () => {
    const unhandled = await sql
      .selectFrom('catalog_items')
      .select(['id', 'name'])
      .where('id', 'not in', sql.selectFrom('catalog_item_points').select('item_id'))
      .orderBy('popularity', 'desc')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst()
    if (!unhandled) throw new Error('every item has a point: the test needs one that has none')
    const everywhere = await call<{ hits: { item: { id: string } }[] }>(
      app,
      token,
      'GET',
      `/api/v1/catalog/search?q=${encodeURIComponent(unhandled.name)}`,
    )
    expect(everywhere.data.hits.map((h) => h.item.id)).toContain(unhandled.id)
    expect((await items(unhandled.name)).map((i) => i.id)).not.toContain(unhandled.id)
    const pinyin = await items('qykb')
    expect(pinyin.length).toBeGreaterThan(0)
    expect(pinyin[0]?.name).toContain('企业')
  })

  test('a query over 30 characters is refused in words', async () => {
    const res = await call(app, token, 'GET', `/api/v1/appointments/items?q=${'办'.repeat(31)}`)
    expect([res.status, res.error.fields?.q]).toEqual([400, '搜索词不能超过30个字'])
  })
})
