// Issue 14 §6 and §7: every error speaks the contract (never a 500, never the URL echoed back),
// invisible characters do not count as text, the Idempotency-Key commits with its record, and
// helmet's headers are on the H5 page and the API's own on every API answer.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { sql as raw } from 'kysely'
import { isPostgres, type Sql } from '../../../mock/db/engine'
import { authed, fakeClock, json, login, testApp, type ErrorJson } from '../helpers'

interface RawResponse {
  status: number
  headers: string
  body: string
}

/** Sends the request line exactly as written: no client normalises `..` or `%00` on the way. */
function rawGet(port: number, path: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`)
    })
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const [head = '', body = ''] = text.split('\r\n\r\n', 2)
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body })
    })
  })
}

const CHINESE = /[\u4e00-\u9fa5]/

function expectContractError(response: RawResponse, path: string): void {
  expect(response.status).toBeGreaterThanOrEqual(400)
  expect(response.status).toBeLessThan(500)
  const body = JSON.parse(response.body) as ErrorJson
  expect(Object.keys(body)).toEqual(['error'])
  expect(body.error.code).toMatch(/^[A-Z_]+$/)
  expect(body.error.message).toMatch(CHINESE)
  expect(response.body).not.toContain(path.slice(1, 40))
  expect(response.body).not.toMatch(/statusCode|FST_/)
}

const ATTACKS: [string, string, number][] = [
  ['backslash traversal', '/%5c..%5c..%5cpackage.json', 404],
  ['NUL after a real file', '/index.html%00', 404],
  ['raw ../ out of the static root', '/../mock/app.ts', 404],
  ['encoded ../ out of a folder', '/js/%2e%2e/%2e%2e/package.json', 404],
  ['an over-long path', `/${'a'.repeat(5000)}`, 414],
  ['an over-long API id', `/api/v1/appointments/${'b'.repeat(3000)}`, 414],
  ['a broken percent-encoding', '/%E0%A4%A', 400],
  ['a broken percent-encoding under /api', '/api/v1/catalog/items/%E0%A4%A', 400],
  ['a request line over 16 KiB', `/${'c'.repeat(20_000)}`, 431],
]

describe('§6 path attacks against the H5 static server and the API, over a real socket', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qs-h5-'))
  let app: FastifyInstance
  let port = 0
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>智慧政务服务管家</title>')
    mkdirSync(join(dir, 'js'))
    writeFileSync(join(dir, 'js', 'app.js'), 'console.log(1)')
    app = testApp({ staticDir: dir }).app
    await app.listen({ port: 0, host: '127.0.0.1' })
    const address = app.server.address()
    port = typeof address === 'object' && address ? address.port : 0
  })
  afterAll(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it.each(ATTACKS)('%s: 4xx in the contract, the URL not echoed', async (_label, path, status) => {
    const response = await rawGet(port, path)
    expectContractError(response, path)
    expect(response.status).toBe(status)
  })

  it('still serves the real files and the history-mode fallback', async () => {
    expect((await rawGet(port, '/js/app.js')).body).toBe('console.log(1)')
    const route = await rawGet(port, '/packages/points/pages/list/index')
    expect(route.status).toBe(200)
    expect(route.body).toContain('智慧政务服务管家')
  })
})

describe('§6 the same attacks without an H5 build', () => {
  let app: FastifyInstance
  let port = 0
  beforeAll(async () => {
    app = testApp().app
    await app.listen({ port: 0, host: '127.0.0.1' })
    const address = app.server.address()
    port = typeof address === 'object' && address ? address.port : 0
  })
  afterAll(() => app.close())

  it.each(ATTACKS)('%s: 4xx in the contract', async (_label, path) => {
    expectContractError(await rawGet(port, path), path)
  })
})

describe('§6 dates out of range are refused in words, never a 500', () => {
  let app: FastifyInstance
  let token: string
  beforeAll(async () => {
    app = testApp().app
    token = await login(app, 'dev:date-attacker')
  })
  afterAll(() => app.close())

  const post = (url: string, payload: object, key = `key-${Math.random().toString(36).slice(2)}`) =>
    app.inject(authed(token, { method: 'POST', url, headers: { 'idempotency-key': key }, payload }))

  it.each([
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
    '0001-01-01T00:00:00Z',
    '2026-02-30T09:00:00+08:00',
  ])('POST /appointments slotStart %s → 400', async (slotStart) => {
    const response = await post('/api/v1/appointments', {
      itemId: 'market-llc-setup',
      pointId: 'sp-qs-center',
      slotStart,
    })
    expect(response.statusCode).toBe(400)
    expect(json<ErrorJson>(response).error.fields?.slotStart).toBe('预约时段格式不正确，请重新选择')
  })

  it.each(['2026-13-45', '0000-01-01', '+10000-01-01', '2026-02-30'])(
    'GET slots on %s → 400 about the date',
    async (date) => {
      const response = await app.inject(
        authed(token, {
          method: 'GET',
          url: `/api/v1/appointments/slots?itemId=market-llc-setup&pointId=sp-qs-center&date=${date}`,
        }),
      )
      expect(response.statusCode).toBe(400)
      expect(json<ErrorJson>(response).error.code).toBe('VALIDATION_FAILED')
    },
  )

  it('POST /testing/bookings on year 99999 → 400 about the date', async () => {
    const response = await post('/api/v1/testing/bookings', {
      labId: 'lab-env',
      service: 'air',
      date: '99999-01-01',
      address: '青山区幸福路1号',
      contact: '张三',
      phone: '13812345678',
    })
    expect(response.statusCode).toBe(400)
    expect(json<ErrorJson>(response).error.fields?.date).toBe('请选择上门采样日期')
  })
})

describe('§6 invisible characters are not text', () => {
  let app: FastifyInstance
  let token: string
  beforeAll(async () => {
    app = testApp().app
    token = await login(app, 'dev:invisible-writer')
  })
  afterAll(() => app.close())

  const complain = (content: string) =>
    app.inject(
      authed(token, {
        method: 'POST',
        url: '/api/v1/complaints',
        headers: { 'idempotency-key': `complaint-${Math.random().toString(36).slice(2)}` },
        payload: { kind: 'complaint', content },
      }),
    )

  it.each([
    ['12 × U+200B zero-width space', '\u200b'.repeat(12)],
    ['U+200C/U+200D/U+2060/U+FEFF', '\u200c\u200d\u2060\ufeff'.repeat(3)],
    ['12 × U+3164 Hangul filler', '\u3164'.repeat(12)],
    ['U+115F/U+1160 Hangul fillers', '\u115f\u1160'.repeat(6)],
    ['NUL and C0/C1 controls', '\u0000\u0001\u001b\u007f\u0085\u009f'.repeat(2)],
    ['three visible characters padded with invisible ones', `太慢了${'\u200b\u0000'.repeat(8)}`],
  ])('%s is not a 10-character complaint', async (_label, content) => {
    const response = await complain(content)
    expect(response.statusCode).toBe(400)
    expect(json<ErrorJson>(response).error.fields?.content).toBe(
      '请至少写10个字，说清楚发生了什么、希望怎样解决',
    )
  })

  it('keeps the line breaks of a real complaint and drops what is invisible', async () => {
    const response = await complain('窗口排队太久\u200b，\r\n希望增加\u0000周末办理时间')
    expect(response.statusCode).toBe(201)
    expect(json<{ data: { content: string } }>(response).data.content).toBe(
      '窗口排队太久，\n希望增加周末办理时间',
    )
  })

  it('strips them from one-line fields too (a name of zero-width spaces is blank)', async () => {
    const response = await app.inject(
      authed(token, {
        method: 'POST',
        url: '/api/v1/telecom/requests',
        headers: { 'idempotency-key': 'telecom-invisible-1' },
        payload: {
          planId: 'unicom-home-300',
          contact: '\u200b\u200b\u3164',
          phone: '13812345678',
          address: '青山区幸福路1号',
        },
      }),
    )
    expect(response.statusCode).toBe(400)
    expect(json<ErrorJson>(response).error.fields?.contact).toBe('请填写联系人姓名')
  })
})

describe('§6 the Idempotency-Key is written in the same transaction as its record', () => {
  const clock = fakeClock()
  let app: FastifyInstance
  let sql: Sql
  let token: string
  beforeAll(async () => {
    ;({ app, sql } = testApp({ now: clock.now, rateLimitFactor: 1 }))
    token = await login(app, 'dev:retrying-resident')
  })
  afterAll(async () => {
    await app.close()
  })

  /** A trigger, as a crash would leave it: the next key write fails. */
  const failNextKeyWrite = async (fail: boolean) => {
    const statements = isPostgres(sql)
      ? fail
        ? [
            `CREATE FUNCTION crash_before_key() RETURNS trigger LANGUAGE plpgsql
             AS $$ BEGIN RAISE EXCEPTION 'simulated crash'; END $$`,
            `CREATE TRIGGER crash_before_key BEFORE INSERT ON idempotency_keys
             FOR EACH ROW EXECUTE FUNCTION crash_before_key()`,
          ]
        : ['DROP TRIGGER crash_before_key ON idempotency_keys', 'DROP FUNCTION crash_before_key']
      : fail
        ? [
            `CREATE TRIGGER crash_before_key BEFORE INSERT ON idempotency_keys
             BEGIN SELECT RAISE(ABORT, 'simulated crash'); END`,
          ]
        : ['DROP TRIGGER crash_before_key']
    for (const statement of statements) await raw.raw(statement).execute(sql)
  }
  const complaint = (key: string, content: string): InjectOptions =>
    authed(token, {
      method: 'POST',
      url: '/api/v1/complaints',
      headers: { 'idempotency-key': key },
      payload: { kind: 'suggestion', content },
    })
  const count = async (table: 'complaints' | 'idempotency_keys', key?: string) =>
    Number(
      (
        await sql
          .selectFrom(table)
          .select((q) => q.fn.countAll().as('n'))
          .$if(key !== undefined, (q) => q.where('key', '=', key ?? ''))
          .executeTakeFirstOrThrow()
      ).n,
    )

  it('a failure between the record and its key leaves neither; the retry creates one record', async () => {
    const content = '建议在万达广场服务点增加周末办理时间'
    await failNextKeyWrite(true)
    const failed = await app.inject(complaint('retry-after-crash', content))
    await failNextKeyWrite(false)
    expect(failed.statusCode).toBe(500)
    expect(await count('complaints')).toBe(0)

    const retry = await app.inject(complaint('retry-after-crash', content))
    const again = await app.inject(complaint('retry-after-crash', content))
    expect(retry.statusCode).toBe(201)
    expect(again.body).toBe(retry.body)
    expect(await count('complaints')).toBe(1)
  })

  it('a handler that throws leaves no key behind', async () => {
    const before = await count('idempotency_keys')
    const refused = await app.inject(
      authed(token, {
        method: 'POST',
        url: '/api/v1/complaints',
        headers: { 'idempotency-key': 'throws-no-key' },
        payload: {
          kind: 'complaint',
          content: '这个办件一直没有人处理，请尽快联系我',
          caseId: 'no-such-case',
        },
      }),
    )
    expect(refused.statusCode).toBeGreaterThanOrEqual(400)
    expect(refused.statusCode).toBeLessThan(500)
    expect(await count('idempotency_keys')).toBe(before)
    expect(await count('idempotency_keys', 'throws-no-key')).toBe(0)
  })
})

describe('§7 helmet on the H5 page, the API headers on the API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qs-h5-'))
  const inline = '!function(){document.documentElement.style.fontSize="20px"}()'
  let app: FastifyInstance
  beforeAll(() => {
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><title>智慧政务服务管家</title><script>${inline}</script><script src="/js/app.js"></script>`,
    )
    app = testApp({ staticDir: dir }).app
  })
  afterAll(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const expectProtected = (headers: Record<string, unknown>) => {
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['x-frame-options']).toBe('DENY')
    const csp = String(headers['content-security-policy'])
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
    return csp
  }

  it.each([
    ['the H5 page', '/'],
    ['a history-mode route', '/packages/points/pages/list/index'],
    ['a missing asset', '/js/missing.js'],
  ])('%s carries the page headers', async (_label, url) => {
    const response = await app.inject({ method: 'GET', url })
    expectProtected(response.headers)
  })

  // An API answer is never a page: it keeps what protects any answer (HSTS, nosniff, CORP, a
  // CSP under which, opened as a document, it may load, run and be framed by nothing) and drops
  // the headers that only act on a document (see KEPT_FOR_ANSWERS in security-headers.ts).
  const pageOnly = [
    'referrer-policy',
    'x-frame-options',
    'cross-origin-opener-policy',
    'origin-agent-cluster',
    'x-dns-prefetch-control',
    'x-download-options',
    'x-permitted-cross-domain-policies',
    'x-xss-protection',
  ]
  it.each([
    ['an API answer', 'GET', '/api/v1/health'],
    ['an API error', 'GET', '/api/v1/nothing-here'],
    ['a refused sign-in check', 'GET', '/api/v1/me'],
    ['a preflight', 'OPTIONS', '/api/v1/appointments'],
  ] as const)('%s carries the API headers', async (_label, method, url) => {
    const { headers } = await app.inject({ method, url })
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    expect(headers['cross-origin-resource-policy']).toBe('same-site')
    expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(headers['cache-control']).toBe('no-store')
    expect(headers['access-control-allow-origin']).toBe('*')
    for (const name of pageOnly) expect(headers).not.toHaveProperty(name)
  })

  it('allows exactly the inline script of the built page, by hash, and keeps no-cache on HTML', async () => {
    const hash = createHash('sha256').update(inline).digest('base64')
    const page = await app.inject({ method: 'GET', url: '/' })
    expect(expectProtected(page.headers)).toContain(`script-src 'self' 'sha256-${hash}'`)
    expect(page.headers['cache-control']).toBe('no-cache')
  })

  it('keeps CORS for the weapp and the H5 dev server', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/appointments',
      headers: { origin: 'http://localhost:10086', 'access-control-request-method': 'POST' },
    })
    expect(response.statusCode).toBe(204)
    expect(response.headers['access-control-allow-origin']).toBe('*')
  })
})
