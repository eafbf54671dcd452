import type { FastifyInstance } from 'fastify'
import type { AuditList, Grant, GrantList } from '../../../src/services/contract'
import type { Sql } from '../../../mock/db/engine'
import { login, testApp } from '../helpers'
import { itemOf } from '../appointment/support'
import { call, claim, createGrant, grantBody } from './support'

let app: FastifyInstance
let sql: Sql
let clock: ReturnType<typeof testApp>['clock']
let grandma: string
let grandson: string
let stranger: string
let items: readonly [string, string]

beforeAll(async () => {
  ;({ app, clock, sql } = testApp())
  grandma = await login(app, 'dev:grandma')
  grandson = await login(app, 'dev:grandson')
  stranger = await login(app, 'dev:stranger')
  items = await itemOf(app, grandma)
})
afterAll(async () => {
  await app.close()
})

const MINUTE = 60_000

describe('creating an authorisation', () => {
  test('answers the named items, the end date and a code of 8 digits plus a signed link', async () => {
    const res = await createGrant(app, grandma, grantBody([items[0]]))
    expect(res.status).toBe(201)
    expect(res.data).toMatchObject({
      granteeKind: 'relative',
      granteeName: '李明',
      relation: '孙子',
      days: 7,
      status: 'pending',
      validUntil: '2026-03-09T01:00:00.000Z',
      claimedAt: null,
      revokedAt: null,
    })
    expect(res.data.items).toEqual([{ id: items[0], name: expect.any(String) }])
    expect(res.data.code?.digits).toMatch(/^\d{8}$/)
    expect(res.data.code?.link).toMatch(/^https:\/\/ymt\.qingshan\.gov\.cn\/q\/a[A-Z2-9]{8}\./)
    expect(res.data.code?.expiresAt).toBe('2026-03-02T01:10:00.000Z')
    const [audit] = await sql
      .selectFrom('proxy_audit')
      .select('action')
      .where('grant_id', '=', res.data.id)
      .execute()
    expect(audit).toEqual({ action: 'granted' })
  })

  test.each([
    [{ itemIds: [] }, 'itemIds', '请至少选择一个可以代办的事项'],
    [{ itemIds: Array.from({ length: 11 }, (_, i) => `item-${i}`) }, 'itemIds', '最多选择10个事项'],
    [{ itemIds: Array.from({ length: 5000 }, () => 'x') }, 'itemIds', '最多选择10个事项'],
    [{ days: 3 }, 'days', '请选择授权时长：1天、7天或30天'],
    [{ granteeName: '' }, 'granteeName', '请填写家人的姓名（至少2个字）'],
    [{ granteeName: "李'; DROP--" }, 'granteeName', '家人姓名只能是汉字或字母'],
    [{ relation: '邻居' }, 'relation', '请选择与您的关系'],
  ])('refuses %j with a field message', async (patch, field, message) => {
    const res = await createGrant(app, grandma, grantBody([items[0]], patch))
    expect(res.status).toBe(400)
    expect(res.error.fields?.[field]).toBe(message)
  })

  test('unknown or SQL-ish item ids are refused and nothing is stored', async () => {
    const grants = () => sql.selectFrom('proxy_grants').select('id').execute()
    const before = (await grants()).length
    const res = await createGrant(
      app,
      grandma,
      grantBody([items[0], "x' OR '1'='1", 'no-such-item']),
    )
    expect([res.status, res.error.code]).toEqual([400, 'GRANT_ITEM_UNKNOWN'])
    expect(res.error.message).toBe('有2个事项不存在或已下线，请重新选择代办事项')
    expect(await grants()).toHaveLength(before)
  })

  test('a 帮办员 grant needs no name; its relation is 帮办员', async () => {
    const res = await createGrant(app, grandma, {
      granteeKind: 'helper',
      itemIds: [items[0]],
      days: 1,
    })
    expect(res.status).toBe(201)
    expect(res.data).toMatchObject({
      granteeName: '',
      relation: '帮办员',
      validUntil: '2026-03-03T01:00:00.000Z',
    })
  })
})

describe('claiming the code', () => {
  test('the grantor cannot claim their own code', async () => {
    const { data } = await createGrant(app, grandma, grantBody([items[0]]))
    const res = await claim(app, grandma, data.code?.digits ?? '')
    expect([res.status, res.error.code]).toEqual([403, 'GRANT_SELF'])
  })

  test('preview shows the masked grantor, items and end; claim binds the grantee once', async () => {
    const { data } = await createGrant(app, grandma, grantBody([items[0]]))
    const digits = data.code?.digits ?? ''
    const preview = await call(
      app,
      grandson,
      'POST',
      '/api/v1/proxy/claims/preview',
      { code: digits.replace(/(\d{4})/, '$1 ') },
      null,
    )
    expect(preview.status).toBe(200)
    expect(preview.data).toMatchObject({ id: data.id, status: 'pending', relation: '孙子' })
    const claimed = await claim(app, grandson, digits)
    expect(claimed.data).toMatchObject({ id: data.id, status: 'active' })
    expect((await claim(app, grandson, digits)).status).toBe(200)
    const used = await claim(app, stranger, digits)
    expect([used.status, used.error.code]).toEqual([409, 'GRANT_CODE_USED'])
    const list = await call<GrantList>(app, grandma, 'GET', '/api/v1/proxy/grants')
    const mine = list.data.items.find((g) => g.id === data.id)
    expect(mine).toMatchObject({ status: 'active', code: null })
  })

  test('the scanned link works like the digits', async () => {
    const { data } = await createGrant(app, grandma, grantBody([items[0]]))
    const res = await claim(app, grandson, data.code?.link ?? '')
    expect(res.status).toBe(200)
  })

  test('a forged, foreign or malformed code is refused in words', async () => {
    const { data } = await createGrant(app, grandma, grantBody([items[0]]))
    const link = data.code?.link ?? ''
    const forged = link.slice(0, -1) + (link.endsWith('A') ? 'B' : 'A')
    expect((await claim(app, stranger, forged)).error.code).toBe('GRANT_CODE_FORGED')
    expect((await claim(app, stranger, '1234')).error.message).toBe(
      '授权码是8位数字，请核对后重新输入',
    )
    expect((await claim(app, stranger, 'https://evil.example/q/1')).error.code).toBe(
      'GRANT_CODE_INVALID',
    )
    expect((await claim(app, stranger, '00000000')).status).toBe(404)
    expect((await claim(app, stranger, 'x'.repeat(301))).status).toBe(400)
  })

  test('an unclaimed code expires after 10 minutes; a refreshed one works again', async () => {
    const { data } = await createGrant(app, grandma, grantBody([items[0]]))
    clock.advance(10 * MINUTE)
    const late = await claim(app, grandson, data.code?.digits ?? '')
    expect([late.status, late.error.code]).toEqual([400, 'GRANT_CODE_EXPIRED'])
    const lateLink = await claim(app, grandson, data.code?.link ?? '')
    expect(lateLink.error.code).toBe('GRANT_CODE_EXPIRED')
    const listed = await call<GrantList>(app, grandma, 'GET', '/api/v1/proxy/grants')
    expect(listed.data.items.find((g) => g.id === data.id)?.code?.expired).toBe(true)
    const fresh = await call<Grant>(app, grandma, 'POST', `/api/v1/proxy/grants/${data.id}/code`)
    expect(fresh.data.code?.expired).toBe(false)
    expect(fresh.data.code?.digits).not.toBe(data.code?.digits)
    expect((await claim(app, grandson, data.code?.digits ?? '')).status).toBe(404)
    expect((await claim(app, grandson, fresh.data.code?.digits ?? '')).status).toBe(200)
  })

  test('a 帮办员 code is claimed only by a 帮办员, who is then named', async () => {
    const helper = await login(app, 'dev:helper-1')
    const { data } = await createGrant(app, grandma, {
      granteeKind: 'helper',
      itemIds: [items[0]],
      days: 1,
    })
    const digits = data.code?.digits ?? ''
    expect((await claim(app, stranger, digits)).error.code).toBe('GRANT_FOR_HELPER')
    expect((await claim(app, helper, digits)).status).toBe(200)
    const list = await call<GrantList>(app, grandma, 'GET', '/api/v1/proxy/grants')
    expect(list.data.items.find((g) => g.id === data.id)?.granteeName).toBe('李帮办')
  })

  test('someone else cannot revoke or refresh a grant: 404 as if missing', async () => {
    const { data } = await createGrant(app, grandma, grantBody([items[0]]))
    expect(
      (await call(app, stranger, 'POST', `/api/v1/proxy/grants/${data.id}/revoke`)).status,
    ).toBe(404)
    expect((await call(app, stranger, 'POST', `/api/v1/proxy/grants/${data.id}/code`)).status).toBe(
      404,
    )
  })

  test('too many code attempts are slowed down (30 per user in 10 minutes)', async () => {
    const limited = testApp({ rateLimitFactor: 1 }).app
    const guesser = await login(limited, 'dev:guesser')
    const statuses: number[] = []
    for (let i = 0; i < 31; i += 1)
      statuses.push((await claim(limited, guesser, String(10_000_000 + i))).status)
    await limited.close()
    expect(statuses.slice(0, 30)).not.toContain(429)
    expect(statuses[30]).toBe(429)
  })

  test('the grantee sees the authorisation in 代家人办; the grantor sees the claim in the audit', async () => {
    const acting = await call<{ items: { grantorName: string }[] }>(
      app,
      grandson,
      'GET',
      '/api/v1/proxy/acting',
    )
    expect(acting.data.items.length).toBeGreaterThan(0)
    expect(acting.data.items[0]?.grantorName).toMatch(/\*/)
    const audit = await call<AuditList>(app, grandma, 'GET', '/api/v1/proxy/audit')
    expect(audit.data.items.some((e) => e.action === 'claimed' && e.granteeName === '李*')).toBe(
      true,
    )
  })
})

describe('the 一码通 scanner', () => {
  test('knows a grant QR and leads to 代家人办 with it; a forged one gets the warning', async () => {
    const { data } = await createGrant(app, grandma, grantBody([items[0]]))
    const link = data.code?.link ?? ''
    const res = await call(app, grandson, 'POST', '/api/v1/qr/resolve', { text: link }, null)
    expect(res.data).toEqual({
      result: 'official',
      title: '亲情代办授权码',
      action: { kind: 'grant', code: link.split('/q/')[1] },
    })
    const forged = link.slice(0, -10) + (link.endsWith('AAAAAAAAAA') ? 'BBBBBBBBBB' : 'AAAAAAAAAA')
    const bad = await call(app, grandson, 'POST', '/api/v1/qr/resolve', { text: forged }, null)
    expect(bad.data).toMatchObject({ result: 'refused', reason: 'forged' })
  })
})
