import type { FastifyInstance } from 'fastify'
import type { CheckInResult, Profile } from '../../../src/services/contract'
import type { Sql } from '../../../mock/db/engine'
import { login, testApp } from '../helpers'
import { booking, call, itemOf, makeStaff } from './support'

let app: FastifyInstance
let sql: Sql
let clock: ReturnType<typeof testApp>['clock']
let staff: string
let resident: string
let items: readonly [string, string]

beforeAll(async () => {
  ;({ app, clock, sql } = testApp())
  staff = await login(app, 'dev:window-1')
  const row = await sql
    .selectFrom('users')
    .select('id')
    .where('id', 'not in', sql.selectFrom('role_grants').select('user_id'))
    .executeTakeFirst()
  await makeStaff(sql, row?.id ?? '')
  resident = await login(app, 'dev:resident')
  items = await itemOf(app, resident)
})
afterAll(async () => {
  await app.close()
})

const book = (as: string, slot: string, item = items[0]) =>
  call(app, as, 'POST', '/api/v1/appointments', booking(item, slot))
const checkIn = (as: string, code: string) =>
  call<CheckInResult>(app, as, 'POST', '/api/v1/staff/check-ins', { code }, null)

describe('development staff accounts', () => {
  test('signing in as dev:staff-center-1 is window staff; a WeChat-backed server seeds none', async () => {
    const seeded = await login(app, 'dev:staff-center-1')
    const me = await call<Profile>(app, seeded, 'GET', '/api/v1/me')
    expect(me.data).toMatchObject({
      roles: [{ kind: 'window', scopeId: 'sp-qs-center', scopeName: '青山区政务服务中心' }],
      nickname: '青山区政务服务中心 综合窗口1',
    })
    const res = await checkIn(seeded, 'ABCDEFGH')
    expect([res.status, res.error.message]).toEqual([404, '预约码无效，请核对后重新输入或扫码'])

    const wechat = testApp({ code2Session: async (code) => ({ openid: `o_${code}` }) })
    try {
      await wechat.app.ready()
      const staffUsers = wechat.sql
        .selectFrom('users')
        .select('id')
        .where('nickname', 'like', '%综合窗口%')
      expect(await staffUsers.execute()).toEqual([])
    } finally {
      await wechat.app.close()
    }
  })
})

describe('staff check-in', () => {
  test('a resident may not use it: 403', async () => {
    const res = await checkIn(resident, 'ABCDEFGH')
    expect([res.status, res.error.code]).toEqual([403, 'FORBIDDEN'])
    expect(res.error.message).toContain('工作人员')
  })

  test('marks arrived and issues queue numbers per point per day; a repeated scan is the same', async () => {
    const first = await book(resident, '2026-03-02T10:00:00+08:00')
    const other = await login(app, 'dev:other')
    const second = await book(other, '2026-03-02T10:30:00+08:00')
    const a = await checkIn(staff, first.data.code.toLowerCase())
    expect(a.status).toBe(200)
    expect(a.data).toMatchObject({
      queueNumber: 1,
      appointment: { status: 'arrived', queueNumber: 1 },
    })
    expect((await checkIn(staff, second.data.code)).data.queueNumber).toBe(2)
    expect((await checkIn(staff, first.data.code)).data.queueNumber).toBe(1)
    const cancel = await call(app, resident, 'POST', `/api/v1/appointments/${first.data.id}/cancel`)
    expect([cancel.status, cancel.error.code]).toEqual([409, 'ALREADY_ARRIVED'])
  })

  test('unknown, cancelled and other-day codes are refused with their reason', async () => {
    expect((await checkIn(staff, 'ZZZZZZZZ')).status).toBe(404)
    const tomorrow = await book(resident, '2026-03-03T10:00:00+08:00')
    const early = await checkIn(staff, tomorrow.data.code)
    expect([early.status, early.error.code]).toEqual([409, 'CHECK_IN_NOT_TODAY'])
    await call(app, resident, 'POST', `/api/v1/appointments/${tomorrow.data.id}/cancel`)
    expect((await checkIn(staff, tomorrow.data.code)).error.code).toBe('APPOINTMENT_CANCELLED')
  })
})

describe('no-shows', () => {
  test('three in 30 days block booking for 7 days, saying until when', async () => {
    const person = await login(app, 'dev:absent')
    const codes: string[] = []
    for (const day of ['04', '05', '06']) {
      const res = await book(person, `2026-03-${day}T09:00:00+08:00`)
      expect(res.status).toBe(201)
      codes.push(res.data.code)
    }
    clock.advance(4 * 86_400_000 + 3_600_000) // Friday 2026-03-06 10:00: all three slots ended
    const past = await call<{ items: { status: string }[] }>(
      app,
      person,
      'GET',
      '/api/v1/appointments?scope=past',
    )
    expect(past.data.items.map((a) => a.status)).toEqual(['no_show', 'no_show', 'no_show'])
    const blocked = await book(person, '2026-03-09T09:00:00+08:00', items[1])
    expect([blocked.status, blocked.error.code]).toEqual([403, 'BOOKING_BLOCKED'])
    expect(blocked.error.message).toBe(
      '近30天内您有3次预约未到场，3月13日 周五 09:30前暂停线上预约；如需办理，请直接前往大厅取号',
    )
    const late = await checkIn(staff, codes[2] ?? '')
    expect([late.status, late.error.code]).toEqual([409, 'APPOINTMENT_EXPIRED'])
    clock.advance(7 * 86_400_000 + 3_600_000)
    expect((await book(person, '2026-03-16T09:00:00+08:00', items[1])).status).toBe(201)
  })
})
