import { endpoints, splitKey, type EndpointKey } from '../../src/services/contract'
import { wechatCode2Session } from '../../mock/auth/code2session'
import { authed, json, login, tempDatabase, testApp, type ErrorJson } from './helpers'
import { buildApp } from '../../mock/app'

type LoginJson = { data: { token: string; expiresAt: string; profile: { id: string; nickname: string } } }

const signIn = (code: unknown, remoteAddress = '192.0.2.1') => ({
  method: 'POST' as const,
  url: '/api/v1/auth/wechat-login',
  payload: { code },
  remoteAddress,
})

describe('POST /api/v1/auth/wechat-login', () => {
  it('maps the same code to the same user and another code to another user', async () => {
    const { app } = testApp()
    const first = json<LoginJson>(await app.inject(signIn('dev:phone-a', '192.0.2.1')))
    const again = json<LoginJson>(await app.inject(signIn('dev:phone-a', '192.0.2.2')))
    const other = json<LoginJson>(await app.inject(signIn('dev:phone-b', '192.0.2.3')))
    await app.close()
    expect(again.data.profile.id).toBe(first.data.profile.id)
    expect(other.data.profile.id).not.toBe(first.data.profile.id)
    expect(first.data.profile.nickname).toMatch(/^青山用户\d{4}$/)
    expect(first.data.token).not.toBe(again.data.token)
    expect(first.data.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(first.data.expiresAt).toBe('2026-04-01T01:00:00.000Z')
  })

  it('stores only the sha256 of the token, never the token', async () => {
    const db = tempDatabase()
    const app = buildApp({ databasePath: db.path })
    const token = await login(app)
    await app.close()
    const sessions = db.read<{ token_hash: string }>('SELECT token_hash FROM sessions')
    db.remove()
    expect(sessions).toHaveLength(1)
    expect(sessions[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(sessions)).not.toContain(token)
  })

  it.each([
    ['empty', '', '登录凭证为空，请重新打开小程序'],
    ['oversized', 'c'.repeat(129), '登录凭证格式不正确'],
  ])('rejects an %s code with a Chinese field message', async (_label, code, message) => {
    const { app } = testApp()
    const response = await app.inject(signIn(code))
    await app.close()
    expect(response.statusCode).toBe(400)
    expect(json<ErrorJson>(response).error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { code: message } })
  })

  it('rejects a code of the wrong type with zod’s Chinese message', async () => {
    const { app } = testApp()
    const response = await app.inject(signIn(42))
    await app.close()
    expect(json<ErrorJson>(response).error.fields?.code).toMatch(/期望 string/)
  })

  it('allows 10 sign-ins per minute per address, then 429 until the minute has passed', async () => {
    const { app, clock } = testApp()
    for (let i = 0; i < 10; i++) expect((await app.inject(signIn(`dev:${i}`))).statusCode).toBe(200)
    const limited = await app.inject(signIn('dev:eleventh'))
    expect(limited.statusCode).toBe(429)
    expect(json<ErrorJson>(limited).error).toEqual({ code: 'RATE_LIMITED', message: '登录尝试过于频繁，请1分钟后再试' })
    expect((await app.inject(signIn('dev:elsewhere', '192.0.2.99'))).statusCode).toBe(200)
    clock.advance(61_000)
    expect((await app.inject(signIn('dev:eleventh'))).statusCode).toBe(200)
    await app.close()
  })
})

describe('sessions', () => {
  const authKeys = (Object.keys(endpoints) as EndpointKey[]).filter((key) => endpoints[key].auth)

  it.each(authKeys)('%s answers 401 without a token and with a bogus one', async (key) => {
    const { app } = testApp()
    const { method, path } = splitKey(key)
    const url = path.replace(':id', 'sp-qs-center')
    const without = await app.inject({ method, url })
    const bogus = await app.inject({ method, url, headers: { authorization: 'Bearer bm90LWEtcmVhbC10b2tlbi1hdC1hbGw' } })
    const malformed = await app.inject({ method, url, headers: { authorization: 'Basic dXNlcjpwYXNz' } })
    await app.close()
    for (const response of [without, bogus, malformed]) {
      expect(response.statusCode).toBe(401)
      expect(json<ErrorJson>(response).error).toEqual({ code: 'UNAUTHORIZED', message: '登录已过期，请重新登录' })
    }
  })

  it('logout ends the session', async () => {
    const { app } = testApp()
    const token = await login(app)
    expect((await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))).statusCode).toBe(200)
    expect((await app.inject(authed(token, { method: 'POST', url: '/api/v1/auth/logout' }))).statusCode).toBe(200)
    expect((await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))).statusCode).toBe(401)
    await app.close()
  })

  it('expires after 30 days', async () => {
    const { app, clock } = testApp()
    const token = await login(app)
    clock.advance(30 * 24 * 3600_000 - 1000)
    expect((await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))).statusCode).toBe(200)
    clock.advance(2000)
    expect((await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))).statusCode).toBe(401)
    await app.close()
  })
})

describe('wechatCode2Session (fetch stubbed, never the network)', () => {
  const stub = (answer: unknown, calls: URL[] = []) =>
    (async (url: URL) => {
      calls.push(url)
      return new Response(JSON.stringify(answer))
    }) as unknown as typeof fetch

  it('sends appid, secret and code, and returns only the openid', async () => {
    const calls: URL[] = []
    const exchange = wechatCode2Session('wx123', 's3cret', stub({ openid: 'oABC', session_key: 'k' }, calls))
    await expect(exchange('the-code')).resolves.toEqual({ openid: 'oABC' })
    expect(calls[0]?.origin + (calls[0]?.pathname ?? '')).toBe('https://api.weixin.qq.com/sns/jscode2session')
    expect(Object.fromEntries(calls[0]?.searchParams ?? [])).toEqual({
      appid: 'wx123',
      secret: 's3cret',
      js_code: 'the-code',
      grant_type: 'authorization_code',
    })
  })

  it('turns an invalid code into a Chinese 400 and an outage into 502', async () => {
    await expect(wechatCode2Session('a', 'b', stub({ errcode: 40029, errmsg: 'invalid code' }))('x')).rejects.toMatchObject({
      statusCode: 400,
      code: 'LOGIN_CODE_INVALID',
    })
    const down = (async () => {
      throw new TypeError('fetch failed')
    }) as unknown as typeof fetch
    await expect(wechatCode2Session('a', 'b', down)('x')).rejects.toMatchObject({ statusCode: 502 })
  })
})
