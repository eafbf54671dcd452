import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { endpoints, splitKey, type EndpointKey } from '../../src/services/contract'
import { authed, json, login, testApp, type ErrorJson } from './helpers'

describe('sessions', () => {
  const authKeys = (Object.keys(endpoints) as EndpointKey[]).filter((key) => endpoints[key].auth)
  // Requests without a valid session change nothing, so one app serves them all.
  const anonymous = testApp()
  afterAll(() => anonymous.app.close())

  it.each(authKeys)('%s answers 401 without a token and with a bogus one', async (key) => {
    const { app } = anonymous
    const { method, path } = splitKey(key)
    const url = path.replace(':id', 'sp-qs-center')
    const without = await app.inject({ method, url })
    const bogus = await app.inject({
      method,
      url,
      headers: { authorization: 'Bearer bm90LWEtcmVhbC10b2tlbi1hdC1hbGw' },
    })
    const malformed = await app.inject({
      method,
      url,
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    })
    for (const response of [without, bogus, malformed]) {
      expect(response.statusCode).toBe(401)
      expect(json<ErrorJson>(response).error).toEqual({
        code: 'UNAUTHORIZED',
        message: '登录已过期，请重新登录',
      })
    }
  })

  it('logout ends the session', async () => {
    const { app } = testApp()
    const token = await login(app)
    expect((await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))).statusCode).toBe(
      200,
    )
    expect(
      (await app.inject(authed(token, { method: 'POST', url: '/api/v1/auth/logout' }))).statusCode,
    ).toBe(200)
    expect((await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))).statusCode).toBe(
      401,
    )
    await app.close()
  })

  it('a logout on one server is seen at once by another on the same database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qs-sessions-'))
    const databasePath = join(dir, 'app.db')
    const one = testApp({ databasePath })
    await one.app.ready()
    const other = testApp({ databasePath })
    const token = await login(one.app)
    const me = authed(token, { method: 'GET', url: '/api/v1/me' })
    expect((await other.app.inject(me)).statusCode).toBe(200)
    await one.app.inject(authed(token, { method: 'POST', url: '/api/v1/auth/logout' }))
    expect((await other.app.inject(me)).statusCode).toBe(401)
    await other.app.close()
    await one.app.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('expires after 30 days', async () => {
    const { app, clock } = testApp()
    const token = await login(app)
    clock.advance(30 * 24 * 3600_000 - 1000)
    expect((await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))).statusCode).toBe(
      200,
    )
    clock.advance(2000)
    expect((await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))).statusCode).toBe(
      401,
    )
    await app.close()
  })
})
