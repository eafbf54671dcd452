import zlib, { brotliDecompressSync, gunzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { json, login, authed, logCapture, testApp, type ErrorJson } from './helpers'

describe('health, errors and headers', () => {
  let app: FastifyInstance
  beforeEach(() => {
    app = testApp().app
  })
  afterEach(() => app.close())

  it('answers health with status, version and the injected time', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' })
    expect(response.statusCode).toBe(200)
    expect(json(response)).toEqual({
      data: { status: 'ok', version: expect.any(String), time: '2026-03-02T01:00:00.000Z' },
    })
  })

  it('answers an unknown route with a Chinese 404', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' })
    expect(response.statusCode).toBe(404)
    expect(json<ErrorJson>(response).error).toEqual({
      code: 'NOT_FOUND',
      message: expect.stringContaining('没有找到该接口'),
    })
  })

  it('rejects malformed JSON with a Chinese 400', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/wechat-login',
      headers: { 'content-type': 'application/json' },
      payload: '{"code": "dev:x",',
    })
    expect(response.statusCode).toBe(400)
    expect(json<ErrorJson>(response).error).toMatchObject({
      code: 'INVALID_JSON',
      message: expect.stringContaining('JSON'),
    })
  })

  it('rejects a non-JSON body with a Chinese 400', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/wechat-login',
      headers: { 'content-type': 'text/plain' },
      payload: 'code=dev:x',
    })
    expect(response.statusCode).toBe(400)
    expect(json<ErrorJson>(response).error.message).toMatch(/仅支持 JSON/)
  })

  it('refuses prototype poisoning in a body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/wechat-login',
      headers: { 'content-type': 'application/json' },
      payload: '{"code":"dev:x","__proto__":{"admin":true}}',
    })
    expect(response.statusCode).toBe(400)
  })

  it('rejects a body over 1 MiB with 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/wechat-login',
      payload: { code: 'x'.repeat(1024 * 1024 + 10) },
    })
    expect(response.statusCode).toBe(413)
    expect(json<ErrorJson>(response).error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('过大'),
    })
  })

  it('accepts a POST whose JSON body is empty, as WeChat sends for logout', async () => {
    const token = await login(app)
    const response = await app.inject(
      authed(token, {
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { 'content-type': 'application/json' },
      }),
    )
    expect(response.statusCode).toBe(200)
    expect(json(response)).toEqual({ data: { ok: true } })
  })

  it('answers CORS preflight for the API and adds CORS headers to errors too', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/me/enterprises',
      headers: { origin: 'http://localhost:10086', 'access-control-request-method': 'POST' },
    })
    expect(preflight.statusCode).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe('*')
    expect(preflight.headers['access-control-allow-headers']).toMatch(
      /Authorization.*Content-Type.*Idempotency-Key/,
    )
    const denied = await app.inject({ method: 'GET', url: '/api/v1/me' })
    expect(denied.statusCode).toBe(401)
    expect(denied.headers['access-control-allow-origin']).toBe('*')
  })
})

describe('compressed answers', () => {
  const { app } = testApp()
  afterAll(() => app.close())
  const get = async (url: string, headers: Record<string, string>, token?: string) => {
    const request = { method: 'GET' as const, url, headers }
    return app.inject(token ? authed(token, request) : request)
  }

  it('compresses a contract answer over 1 KB as the client accepts, and leave small ones as they are', async () => {
    const token = await login(app, 'dev:compressed-answers')
    const catalog = '/api/v1/catalog/items?page=1'
    const plain = await get(catalog, {}, token)
    const brotli = await get(catalog, { 'accept-encoding': 'gzip, br' }, token)
    const gzip = await get(catalog, { 'accept-encoding': 'x-gzip' }, token)
    const refused = await get(catalog, { 'accept-encoding': 'br', 'x-no-compression': '1' }, token)
    const identity = await get(catalog, { 'accept-encoding': 'identity' }, token)
    expect(plain.body.length).toBeGreaterThan(1024)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotli.headers.vary).toBe('Origin, accept-encoding')
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(plain.body)
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body)
    for (const answer of [refused, identity]) {
      expect(answer.headers['content-encoding']).toBeUndefined()
      expect(answer.headers.vary).toBe('Origin')
      expect(answer.body).toBe(plain.body)
    }
    const health = await get('/api/v1/health', { 'accept-encoding': 'br, gzip' })
    expect(health.headers['content-encoding']).toBeUndefined()
    expect(health.headers.vary).toBe('Origin')
    expect(json(health)).toMatchObject({ data: { status: 'ok' } })
  })

  it('compresses a kept answer once per encoding and sends those bytes again', async () => {
    const token = await login(app, 'dev:compressed-once')
    const page = '/api/v1/catalog/items?page=2'
    const brotli = jest.spyOn(zlib, 'brotliCompressSync')
    const gzip = jest.spyOn(zlib, 'gzipSync')
    try {
      const plain = await get(page, {}, token)
      const first = await get(page, { 'accept-encoding': 'br' }, token)
      const again = await get(page, { 'accept-encoding': 'gzip, br' }, token)
      const gzipped = [
        await get(page, { 'accept-encoding': 'gzip' }, token),
        await get(page, { 'accept-encoding': '*' }, token),
      ]
      expect(brotli).toHaveBeenCalledTimes(1)
      expect(gzip).toHaveBeenCalledTimes(1)
      for (const answer of [first, again]) {
        expect(answer.headers['content-encoding']).toBe('br')
        expect(answer.headers.vary).toBe('Origin, accept-encoding')
        expect(brotliDecompressSync(answer.rawPayload).toString()).toBe(plain.body)
      }
      for (const answer of gzipped) {
        expect(answer.headers['content-encoding']).toBe('gzip')
        expect(gunzipSync(answer.rawPayload).toString()).toBe(plain.body)
      }
    } finally {
      brotli.mockRestore()
      gzip.mockRestore()
    }
  })
})

describe('unexpected failures', () => {
  it('answer 500 in Chinese, without the stack, and log the (redacted) error', async () => {
    const logs = logCapture()
    const { app } = testApp({
      logStream: logs.stream,
      code2Session: async () => {
        throw new Error('upstream exploded for 15020419900307123X at db.ts:12')
      },
    })
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/wechat-login',
      payload: { code: 'abc' },
    })
    await app.close()
    expect(response.statusCode).toBe(500)
    expect(json<ErrorJson>(response)).toEqual({
      error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' },
    })
    expect(response.body).not.toMatch(/exploded|at |\.ts/)
    expect(logs.text()).toContain('upstream exploded')
    expect(logs.text()).not.toContain('15020419900307123X')
  })
})
