// Issue 14 §5: rate limits with @fastify/rate-limit, per signed-in user and per address, on
// sign-in, catalog search, 一码通 resolve, 户号 binding, uploads, 授权码 and 邀请码 tries. The N+1st
// request is a 429 in the error contract with `retry-after`; other users and addresses go on.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import {
  DEFAULT_RATE_LIMITS,
  type LimitName,
  type RateLimits,
} from '../../../mock/http/rate-limits'
import { authed, json, login, testApp, type ErrorJson } from '../helpers'

const PER_USER = 3
const PER_ADDRESS = 5
const small = { perUser: PER_USER, perAddress: PER_ADDRESS, windowMs: 60_000 }
const SMALL_LIMITS: RateLimits = {
  signIn: { perAddress: PER_ADDRESS, windowMs: 60_000 },
  search: small,
  qrResolve: small,
  utilityBinding: small,
  upload: small,
  grantCode: small,
  inviteCode: small,
}

let keyCounter = 0
const ROUTES: Record<Exclude<LimitName, 'signIn'>, (token: string) => InjectOptions> = {
  search: (token) =>
    authed(token, { method: 'GET', url: `/api/v1/catalog/search?q=${encodeURIComponent('开办')}` }),
  qrResolve: (token) =>
    authed(token, { method: 'POST', url: '/api/v1/qr/resolve', payload: { text: 'g12345678' } }),
  utilityBinding: (token) =>
    authed(token, {
      method: 'POST',
      url: '/api/v1/utilities/accounts',
      headers: { 'idempotency-key': `bind-${(keyCounter += 1)}-attempt` },
      payload: { kind: 'water', number: '1502040001' },
    }),
  upload: (token) =>
    authed(token, {
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x--\r\n',
    }),
  grantCode: (token) =>
    authed(token, { method: 'POST', url: '/api/v1/proxy/claims', payload: { code: '12345678' } }),
  inviteCode: (token) =>
    authed(token, {
      method: 'POST',
      url: '/api/v1/staff/invites/claim',
      payload: { code: '12345678' },
    }),
}

function expectLimited(response: LightMyRequestResponse, code = 'RATE_LIMITED'): void {
  expect(response.statusCode).toBe(429)
  const body = json<ErrorJson>(response)
  expect(body.error.code).toBe(code)
  expect(body.error.message).toMatch(/过于频繁，请\d+(秒|分钟|小时)后再试$/)
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
}

describe.each(Object.keys(ROUTES) as (keyof typeof ROUTES)[])('%s', (name) => {
  let app: FastifyInstance
  let advance: (ms: number) => void
  const request = (token: string, remoteAddress: string) =>
    app.inject({ ...ROUTES[name](token), remoteAddress })
  const code =
    name === 'grantCode'
      ? 'GRANT_CODE_TOO_MANY'
      : name === 'inviteCode'
        ? 'INVITE_CODE_TOO_MANY'
        : 'RATE_LIMITED'
  beforeEach(() => {
    const test = testApp({ rateLimitFactor: 1, rateLimits: SMALL_LIMITS })
    app = test.app
    advance = test.clock.advance
  })
  afterEach(() => app.close())

  it(`per user: the ${PER_USER + 1}th request is refused from any address; another user goes on`, async () => {
    const [mine, theirs] = [await login(app, 'dev:heavy-user'), await login(app, 'dev:other-user')]
    for (let i = 0; i < PER_USER; i += 1) {
      expect((await request(mine, '198.51.100.1')).statusCode).not.toBe(429)
    }
    expectLimited(await request(mine, '198.51.100.1'), code)
    expectLimited(await request(mine, '198.51.100.2'), code)
    expect((await request(theirs, '198.51.100.1')).statusCode).not.toBe(429)
    advance(61_000)
    expect((await request(mine, '198.51.100.1')).statusCode).not.toBe(429)
  })

  it(`per address: the ${PER_ADDRESS + 1}th request from one address is refused; another address goes on`, async () => {
    const users = await Promise.all(
      Array.from({ length: PER_ADDRESS + 1 }, (_, i) => login(app, `dev:neighbour-${i}`)),
    )
    for (const token of users.slice(0, PER_ADDRESS)) {
      expect((await request(token, '203.0.113.7')).statusCode).not.toBe(429)
    }
    const last = users[PER_ADDRESS]!
    expectLimited(await request(last, '203.0.113.7'), code)
    expect((await request(last, '203.0.113.8')).statusCode).not.toBe(429)
  })
})

describe('sign-in', () => {
  const signIn = (code: string, remoteAddress: string): InjectOptions => ({
    method: 'POST',
    url: '/api/v1/auth/wechat-login',
    payload: { code },
    remoteAddress,
  })

  it(`the ${DEFAULT_RATE_LIMITS.signIn.perAddress + 1}th sign-in from one address in a minute is refused; another address goes on`, async () => {
    const { app, clock } = testApp({ rateLimitFactor: 1 })
    for (let i = 0; i < DEFAULT_RATE_LIMITS.signIn.perAddress; i += 1) {
      expect((await app.inject(signIn(`dev:kiosk-${i}`, '192.0.2.50'))).statusCode).toBe(200)
    }
    const refused = await app.inject(signIn('dev:kiosk-x', '192.0.2.50'))
    expectLimited(refused)
    expect(json<ErrorJson>(refused).error.message).toBe('登录尝试过于频繁，请1分钟后再试')
    expect(refused.headers['retry-after']).toBe('60')
    expect((await app.inject(signIn('dev:kiosk-x', '192.0.2.51'))).statusCode).toBe(200)
    clock.advance(30_000)
    expect(
      json<ErrorJson>(await app.inject(signIn('dev:kiosk-x', '192.0.2.50'))).error.message,
    ).toBe('登录尝试过于频繁，请30秒后再试')
    await app.close()
  })

  it('honours signInsPerMinute and, behind a proxy, the forwarded address', async () => {
    const { app } = testApp({ rateLimitFactor: 1, signInsPerMinute: 2, trustProxy: true })
    const behind = (client: string): InjectOptions => ({
      ...signIn(`dev:${client}`, '10.0.0.1'),
      headers: { 'x-forwarded-for': client },
    })
    expect((await app.inject(behind('192.0.2.60'))).statusCode).toBe(200)
    expect((await app.inject(behind('192.0.2.60'))).statusCode).toBe(200)
    expectLimited(await app.inject(behind('192.0.2.60')))
    expect((await app.inject(behind('192.0.2.61'))).statusCode).toBe(200)
    await app.close()
  })
})

describe('the default limits', () => {
  it('let a person search 60 times a minute, then refuse the 61st', async () => {
    const { app } = testApp({ rateLimitFactor: 1 })
    const token = await login(app, 'dev:eager-searcher')
    const search = ROUTES.search(token)
    for (let i = 0; i < 60; i += 1) expect((await app.inject(search)).statusCode).toBe(200)
    expectLimited(await app.inject(search))
    await app.close()
  })

  it('scale with rateLimitFactor (the browser E2E runs with 100)', async () => {
    const { app } = testApp({ rateLimitFactor: 100 })
    for (let i = 0; i < 12; i += 1) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/wechat-login',
        payload: { code: `dev:e2e-${i}` },
        remoteAddress: '127.0.0.1',
      })
      expect(response.statusCode).toBe(200)
    }
    await app.close()
  })
})
