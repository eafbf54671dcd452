import type { FastifyInstance } from 'fastify'
import type {
  Campaign,
  QrCodeIssued,
  QrResolution,
  QrScanList,
  QueueTicket,
  Zone,
} from '../../../src/services/contract'
import type { Sql } from '../../../mock/db/engine'
import { login, testApp } from '../helpers'
import { booking, call, itemOf } from '../appointment/support'
import { grantRole } from '../staff-roles'

let app: FastifyInstance
let sql: Sql
let clock: ReturnType<typeof testApp>['clock']
let user: string
let staff: string
let admin: string
let zone: Zone

beforeAll(async () => {
  ;({ app, clock, sql } = testApp())
  user = await login(app, 'dev:qr-user')
  staff = await login(app, 'dev:staff-center-1')
  admin = await login(app, 'dev:admin-1')
  zone = (await call<Zone>(app, user, 'GET', '/api/v1/qr/zones/enterprise')).data
})
afterAll(async () => {
  await app.close()
})

const resolve = async (text: string, as = user) =>
  (await call<QrResolution>(app, as, 'POST', '/api/v1/qr/resolve', { text }, null)).data
const linkOf = (title: string) => {
  const found = zone.services.find((s) => s.title === title)
  if (!found) throw new Error(`the enterprise zone has no “${title}” code`)
  return found.link
}

describe('the 企业智惠服务专区 wall', () => {
  test('lists its seeded codes as signed links under the official domain', () => {
    expect(zone).toMatchObject({ name: '企业智惠服务专区', pointName: '青山区政务服务中心' })
    expect(zone.services.map((s) => s.title)).toContain('企业开办')
    for (const s of zone.services)
      expect(s.link).toMatch(/^https:\/\/ymt\.qingshan\.gov\.cn\/q\/[gqzcp]/)
  })
})

describe('POST /api/v1/qr/resolve', () => {
  test('a guide code opens the guide it was printed for', async () => {
    expect(await resolve(linkOf('企业开办'))).toEqual({
      result: 'official',
      title: '企业开办',
      action: { kind: 'guide', itemId: 'market-llc-setup' },
    })
  })

  test('queue, zone and campaign codes give their actions', async () => {
    expect((await resolve(linkOf('政务服务中心取号'))).result).toBe('official')
    expect(await resolve(linkOf('政务服务中心取号'))).toMatchObject({
      action: { kind: 'queue', pointId: 'sp-qs-center' },
    })
    const mall = (await call<Zone>(app, user, 'GET', '/api/v1/qr/zones/mall-wanda')).data
    const gift = mall.services.find((s) => s.action.kind === 'campaign')
    expect(await resolve(gift?.link ?? '')).toMatchObject({
      action: { kind: 'campaign', campaignId: 'gift-2026' },
    })
  })

  test('a booking’s check-in QR resolves to check-in; cancelled, it is refused', async () => {
    const [item] = await itemOf(app, user)
    const booked = await call(app, user, 'POST', '/api/v1/appointments', booking(item))
    expect(await resolve(booked.data.checkInLink)).toEqual({
      result: 'official',
      title: '预约签到码',
      action: { kind: 'check_in', code: booked.data.code },
    })
    // The window scans the same QR: the signed link finds the booking (it is for tomorrow).
    const checkIn = (code: string) =>
      call(app, staff, 'POST', '/api/v1/staff/check-ins', { code }, null)
    const scanned = await checkIn(booked.data.checkInLink)
    expect([scanned.status, scanned.error.code]).toEqual([409, 'CHECK_IN_NOT_TODAY'])
    const wrongKind = await checkIn(linkOf('企业开办'))
    expect([wrongKind.status, wrongKind.error.code]).toEqual([400, 'NOT_A_CHECK_IN_CODE'])
    const link = booked.data.checkInLink
    const forged = await checkIn(`${link.slice(0, -1)}${link.endsWith('A') ? 'B' : 'A'}`)
    expect(forged.status).toBe(400)

    await call(app, user, 'POST', `/api/v1/appointments/${booked.data.id}/cancel`)
    expect(await resolve(booked.data.checkInLink)).toMatchObject({ reason: 'revoked' })
  })

  test('forged, foreign, payment and look-alike codes are refused and say what to do', async () => {
    const link = linkOf('企业开办')
    // A signature of its own, far from ours: forged, not a slip of the pen.
    const forged = link.slice(0, -10) + (link.endsWith('AAAAAAAAAA') ? 'BBBBBBBBBB' : 'AAAAAAAAAA')
    expect(await resolve(forged)).toMatchObject({ result: 'refused', reason: 'forged' })
    for (const text of [
      'https://example.com/pay?id=1',
      'wxp://f2f0e5abcdefg',
      link.replace('ymt.qingshan.gov.cn', 'ymt.qingshan.gov.cn.example.com'),
    ]) {
      const refused = await resolve(text)
      expect(refused).toMatchObject({ result: 'refused', reason: 'not_official' })
      if (refused.result === 'refused') expect(refused.message).toContain('不是本平台签发的二维码')
    }
  })

  test('a genuine code typed in lower case or with one wrong character is asked to be checked', async () => {
    const payload = linkOf('企业开办').split('/q/')[1] ?? ''
    const swap = (s: string, at: number, c: string) => s.slice(0, at) + c + s.slice(at + 1)
    const idAt = 3 // a character of the id; its neighbour in the alphabet is also a valid id character
    const other = payload[idAt] === 'K' ? 'M' : 'K'
    const cases: [string, string][] = [
      [payload.toLowerCase(), '字母大小写不对'],
      [swap(payload, idAt, other), `第${idAt + 1}位和二维码不一致`],
      [
        swap(payload, payload.length - 1, payload.endsWith('O') ? 'Q' : '0'),
        `第${payload.length}位`,
      ],
      [swap(payload, idAt, other).toLowerCase(), '都是大写；第4位'],
      [`https://ymt.qingshan.gov.cn/q/${payload.toLowerCase()}`, '字母大小写不对'],
    ]
    for (const [typed, reason] of cases) {
      const told = await resolve(typed)
      expect(told).toMatchObject({ result: 'refused', reason: 'mistyped' })
      if (told.result === 'refused') {
        expect(told.message).toMatch(/^请核对后重新输入：/)
        expect(told.message).toContain(reason)
        expect(told.message).not.toMatch(/非本平台|篡改/)
      }
    }
    // Two characters changed, or text of another shape: still forged or foreign.
    const twice = swap(swap(payload, idAt, other), idAt + 1, payload[idAt + 1] === 'K' ? 'M' : 'K')
    expect(await resolve(twice)).toMatchObject({ reason: 'forged' })
    expect(await resolve(twice.toLowerCase())).toMatchObject({ reason: 'not_official' })
    expect(await resolve('hello world')).toMatchObject({ reason: 'not_official' })
  })

  test('1,000 random strings: every one refused, the server never fails', async () => {
    const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ234567890.-:/?=&%中文码'
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff)
    for (let i = 0; i < 1000; i++) {
      const length = 1 + (next() % 60)
      const text = Array.from({ length }, () => chars[next() % chars.length]).join('')
      const res = await call<QrResolution>(app, user, 'POST', '/api/v1/qr/resolve', { text }, null)
      if (text.trim() === '') expect(res.status).toBe(400)
      else expect([res.status, res.data.result]).toEqual([200, 'refused'])
    }
  })

  test('records every scan in 扫码记录, newest first, only for its user', async () => {
    const scans = (await call<QrScanList>(app, user, 'GET', '/api/v1/qr/scans')).data.items
    expect(scans.length).toBe(50)
    expect(scans[0]).toMatchObject({ official: false })
    const fresh = await login(app, 'dev:qr-fresh')
    expect((await call<QrScanList>(app, fresh, 'GET', '/api/v1/qr/scans')).data.items).toEqual([])
    await resolve(linkOf('企业开办'), fresh)
    expect((await call<QrScanList>(app, fresh, 'GET', '/api/v1/qr/scans')).data.items).toEqual([
      expect.objectContaining({ official: true, title: '企业开办' }),
    ])
  })
})

describe('issuing and revoking codes (the district administrator)', () => {
  const issue = (as: string, body: object) =>
    call<QrCodeIssued>(app, as, 'POST', '/api/v1/staff/qr-codes', body)

  test('a resident may not issue codes', async () => {
    const res = await issue(user, { kind: 'guide', targetId: 'market-change', title: '企业变更' })
    expect([res.status, res.error.code]).toEqual([403, 'FORBIDDEN'])
  })

  test('an issued code works until revoked; an expiring one stops at its time', async () => {
    const issued = await issue(admin, {
      kind: 'guide',
      targetId: 'market-change',
      title: '企业变更',
    })
    expect(issued.status).toBe(201)
    expect(issued.data.payload.length).toBeLessThanOrEqual(32)
    expect((await resolve(issued.data.link)).result).toBe('official')
    const revoked = await call(
      app,
      admin,
      'POST',
      `/api/v1/staff/qr-codes/${issued.data.id}/revoke`,
    )
    expect(revoked.status).toBe(200)
    expect(await resolve(issued.data.link)).toMatchObject({ reason: 'revoked' })

    const expiresAt = new Date(clock.now().getTime() + 3_600_000).toISOString()
    const brief = await issue(admin, {
      kind: 'zone',
      targetId: 'enterprise',
      title: '专区',
      expiresAt,
    })
    expect((await resolve(brief.data.payload)).result).toBe('official')
    clock.advance(2 * 3_600_000)
    expect(await resolve(brief.data.payload)).toMatchObject({ reason: 'expired' })
    const past = await issue(admin, {
      kind: 'zone',
      targetId: 'enterprise',
      title: '专区',
      expiresAt,
    })
    expect([past.status, past.error.message]).toEqual([400, '有效期已过，请选择今后的时间'])
  })
})

describe('取号', () => {
  test('100 concurrent takes at one point: unique numbers 1…100, people ahead in order', async () => {
    const users = await Promise.all(
      Array.from({ length: 100 }, (_, i) => login(app, `dev:queue-${i}`)),
    )
    const tickets = await Promise.all(
      users.map((u) =>
        call<QueueTicket>(app, u, 'POST', '/api/v1/queue/tickets', {
          pointId: 'sp-qs-street-ziyoulu',
        }),
      ),
    )
    expect(tickets.every((t) => t.status === 201)).toBe(true)
    const numbers = tickets.map((t) => t.data.number).sort()
    expect(new Set(numbers).size).toBe(100)
    expect(numbers[0]).toBe('A001')
    expect(numbers[99]).toBe('A100')
    for (const t of tickets) {
      expect(t.data.ahead).toBe(Number(t.data.number.slice(1)) - 1)
      expect(t.data.waitMinutes).toBe(t.data.ahead * 6)
    }
    // The point's window staff call the first: everyone's wait shrinks by one.
    const desk = await login(app, 'dev:window-ziyoulu')
    await grantRole(app, desk, 'window', 'sp-qs-street-ziyoulu')
    const called = await call<QueueTicket>(app, desk, 'POST', '/api/v1/staff/queue/call-next', {
      pointId: 'sp-qs-street-ziyoulu',
    })
    expect(called.data).toMatchObject({ number: 'A001', status: 'called' })
    const last = tickets.find((t) => t.data.number === 'A100')
    const owner = users[tickets.indexOf(last ?? tickets[0]!)] ?? ''
    const refreshed = await call<QueueTicket>(
      app,
      owner,
      'GET',
      `/api/v1/queue/tickets/${last?.data.id}`,
    )
    expect(refreshed.data.ahead).toBe(98)
    const stranger = await call(app, user, 'GET', `/api/v1/queue/tickets/${last?.data.id}`)
    expect(stranger.status).toBe(404)
  })

  test('no number outside opening hours; unknown point is 404', async () => {
    const sunday = testApp()
    sunday.clock.advance(6 * 86_400_000) // the fake clock starts on a Monday
    const u = await login(sunday.app, 'dev:queue-sunday')
    const closed = await call(sunday.app, u, 'POST', '/api/v1/queue/tickets', {
      pointId: 'sp-qs-center',
    })
    expect([closed.status, closed.error.code]).toEqual([409, 'POINT_CLOSED'])
    // Sunday: it says when the centre opens next and offers 预约 instead.
    expect(closed.error.message).toMatch(/不在办公时间.*下次办公：3月9日 周一 \d\d:\d\d–\d\d:\d\d/)
    expect(closed.error.message).toContain('可以先预约')
    const unknown = await call(sunday.app, u, 'POST', '/api/v1/queue/tickets', {
      pointId: 'nowhere',
    })
    expect(unknown.status).toBe(404)
    await sunday.app.close()
  })
})

describe('扫码享政务礼包', () => {
  test('claimed once per person, however often it is claimed', async () => {
    const before = await call<Campaign>(app, user, 'GET', '/api/v1/campaigns/gift-2026')
    expect(before.data).toMatchObject({ title: '扫码享政务礼包', claimedAt: null })
    expect(before.data.benefits.length).toBeGreaterThan(2)
    const claims = await Promise.all(
      Array.from({ length: 5 }, () =>
        call<Campaign>(app, user, 'POST', '/api/v1/campaigns/gift-2026/claims', {}),
      ),
    )
    const times = new Set(claims.map((c) => c.data.claimedAt))
    expect(times.size).toBe(1)
    const stored = sql
      .selectFrom('campaign_claims')
      .selectAll()
      .where('campaign_id', '=', 'gift-2026')
    expect(await stored.execute()).toHaveLength(1)
  })
})
