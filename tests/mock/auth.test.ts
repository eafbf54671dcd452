import { json, login, testApp, type ErrorJson } from './helpers'

type LoginJson = {
  data: { token: string; expiresAt: string; profile: { id: string; nickname: string } }
}

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
    const { app, sql } = testApp()
    const token = await login(app)
    const sessions = await sql.selectFrom('sessions').select('token_hash').execute()
    await app.close()
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
    expect(json<ErrorJson>(response).error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { code: message },
    })
  })

  it('rejects a code of the wrong type with zod’s Chinese message', async () => {
    const { app } = testApp()
    const response = await app.inject(signIn(42))
    await app.close()
    expect(json<ErrorJson>(response).error.fields?.code).toMatch(/期望 string/)
  })

  it('allows 10 sign-ins per minute per address, then 429 until the minute has passed', async () => {
    const { app, clock } = testApp({ rateLimitFactor: 1 })
    for (let i = 0; i < 10; i++) expect((await app.inject(signIn(`dev:${i}`))).statusCode).toBe(200)
    const limited = await app.inject(signIn('dev:eleventh'))
    expect(limited.statusCode).toBe(429)
    expect(json<ErrorJson>(limited).error).toEqual({
      code: 'RATE_LIMITED',
      message: '登录尝试过于频繁，请1分钟后再试',
    })
    expect((await app.inject(signIn('dev:elsewhere', '192.0.2.99'))).statusCode).toBe(200)
    clock.advance(61_000)
    expect((await app.inject(signIn('dev:eleventh'))).statusCode).toBe(200)
    await app.close()
  })
})
