import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../../../mock/app'
import { endpoints, usccCheckChar } from '../../../../src/services/contract'
import {
  call,
  configureAuth,
  http,
  registerEndpoints,
  retryPolicy,
  ApiError,
} from '../../../../src/services/http'

// Only the weapp adapter imports Taro; these tests use the H5 path (fetch) against the real server.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

let app: FastifyInstance
let token: string | null = null
let relogins = 0

// The app registers each domain through its feature's callerFor; this suite calls any endpoint.
registerEndpoints(endpoints)

beforeAll(async () => {
  app = buildApp({ databasePath: ':memory:' })
  await app.listen({ port: 0, host: '127.0.0.1' })
  http.defaults.baseURL = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  retryPolicy.baseDelayMs = 1
})
afterAll(() => app.close())

beforeEach(() => {
  token = null
  relogins = 0
  configureAuth({
    getToken: () => token,
    relogin: async () => {
      relogins++
      token = (await call('POST /api/v1/auth/wechat-login', { body: { code: 'dev:client-test' } }))
        .token
      return true
    },
  })
})

const uscc = (body: string) => body + usccCheckChar(body)

test('a protected call without a session signs in silently once and then succeeds', async () => {
  const profile = await call('GET /api/v1/me')
  expect(relogins).toBe(1)
  expect(profile.nickname).toMatch(/^青山用户/)
  await call('GET /api/v1/me')
  expect(relogins).toBe(1)
})

test('path parameters and queries are filled from the typed input', async () => {
  await call('GET /api/v1/me')
  const list = await call('GET /api/v1/service-points', { query: { q: '幸福路' } })
  expect(list.items.map((p) => p.name)).toContain('幸福路街道便民服务中心')
  const first = list.items[0]!
  const detail = await call('GET /api/v1/service-points/:id', { params: { id: first.id } })
  expect(detail.name).toBe(first.name)
})

test('a business error carries the server’s Chinese message and field errors', async () => {
  await call('GET /api/v1/me')
  const error = await call('POST /api/v1/me/identity/verifications', {
    body: { name: '张三', idNumber: '150204195603081230' },
  }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ApiError)
  expect(error).toMatchObject({ kind: 'business', status: 400 })
  expect((error as ApiError).fields?.idNumber).toContain('校验码')
})

test('a creating POST retried with the same key creates one record', async () => {
  await call('GET /api/v1/me')
  // Only the registered 法定代表人 (张三 in the 人口库) may bind the firm: prove 实名 by the code first.
  const started = await call('POST /api/v1/me/identity/verifications', {
    body: { name: '张三', idNumber: '150204195603081236' },
  })
  const outbox = await call('GET /api/v1/dev/outbox')
  const code = /验证码为(\d{6})/.exec(outbox.items[0]?.text ?? '')?.[1]
  await call('POST /api/v1/me/identity/verifications/:id/confirm', {
    params: { id: started.id },
    body: { code },
  })
  const body = { name: '包头市青山区示例科技有限公司', uscc: uscc('91150204MA0N2Q3K7') }
  const first = await call(
    'POST /api/v1/me/enterprises',
    { body },
    { idempotencyKey: 'retry-key-0001' },
  )
  const again = await call(
    'POST /api/v1/me/enterprises',
    { body },
    { idempotencyKey: 'retry-key-0001' },
  )
  expect(again).toEqual(first)
  expect(again.enterprises).toHaveLength(1)
})

test('an unreachable server is a network error with a message that says what to do', async () => {
  const saved = http.defaults.baseURL
  http.defaults.baseURL = 'http://127.0.0.1:9'
  const error = await call('GET /api/v1/health').catch((e: unknown) => e)
  http.defaults.baseURL = saved
  expect(error).toMatchObject({ kind: 'network', message: expect.stringContaining('重试') })
})

describe('retries', () => {
  let flaky: Server
  let hits: Record<string, number>
  let flakyBase: string
  beforeAll(async () => {
    flaky = createServer((req, res) => {
      hits[req.method ?? ''] = (hits[req.method ?? ''] ?? 0) + 1
      res.writeHead(hits[req.method ?? ''] === 1 ? 503 : 200, {
        'content-type': 'application/json',
      })
      res.end(JSON.stringify({ data: { status: 'ok', version: 'x', time: 't', ok: true } }))
    })
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve))
    flakyBase = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => flaky.close(resolve)))
  beforeEach(() => {
    hits = {}
  })

  test('a GET that fails with 503 is retried and succeeds', async () => {
    const saved = http.defaults.baseURL
    http.defaults.baseURL = flakyBase
    const health = await call('GET /api/v1/health').finally(() => (http.defaults.baseURL = saved))
    expect(health.status).toBe('ok')
    expect(hits.GET).toBe(2)
  })

  test('a POST is never retried by the transport', async () => {
    const saved = http.defaults.baseURL
    http.defaults.baseURL = flakyBase
    token = 'any'
    const error = await call('POST /api/v1/auth/logout')
      .catch((e: unknown) => e)
      .finally(() => (http.defaults.baseURL = saved))
    expect(error).toMatchObject({ kind: 'http', status: 503 })
    expect(hits.POST).toBe(1)
  })
})
