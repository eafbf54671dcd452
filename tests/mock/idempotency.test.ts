import type { FastifyInstance, InjectOptions } from 'fastify'
import { PRIVACY_POLICY_VERSION, type Profile } from '../../src/services/contract'
import type { Sql } from '../../mock/db/engine'
import { createIdempotencyRepo } from '../../mock/http/idempotency-repository'
import { createIdempotency } from '../../mock/http/idempotency'
import {
  authed,
  fakeClock,
  FIRMS,
  json,
  login,
  PEOPLE,
  testApp,
  testDatabase,
  verifyAs,
  type ErrorJson,
} from './helpers'

const consent = (token: string, key: string | undefined, payload: object): InjectOptions =>
  authed(token, {
    method: 'POST',
    url: '/api/v1/privacy/consents',
    headers: key === undefined ? {} : { 'idempotency-key': key },
    payload,
  })

const agreed = { version: PRIVACY_POLICY_VERSION, channel: 'weapp' }

describe('Idempotency-Key on creating endpoints', () => {
  let app: FastifyInstance
  let sql: Sql
  let token: string
  const clock = fakeClock()
  beforeAll(async () => {
    ;({ app, sql } = testApp({ now: clock.now, rateLimitFactor: 1 }))
    token = await login(app)
  })
  afterAll(async () => {
    await app.close()
  })
  const consentRows = async () =>
    (await sql.selectFrom('privacy_consents').select('id').execute()).length

  it('replays the first answer byte for byte and stores one row', async () => {
    const first = await app.inject(consent(token, 'consent-key-001', agreed))
    const retry = await app.inject(
      consent(token, 'consent-key-001', { channel: 'weapp', version: PRIVACY_POLICY_VERSION }),
    )
    expect(first.statusCode).toBe(201)
    expect(retry.statusCode).toBe(201)
    expect(retry.body).toBe(first.body)
    expect(first.headers['idempotency-replayed']).toBeUndefined()
    expect(retry.headers['idempotency-replayed']).toBe('true')
    expect(await consentRows()).toBe(1)
  })

  it('answers 422 when the key comes back with another body', async () => {
    const response = await app.inject(
      consent(token, 'consent-key-001', { ...agreed, channel: 'h5' }),
    )
    expect(response.statusCode).toBe(422)
    expect(json<ErrorJson>(response).error).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: expect.stringMatching(/不同的提交/),
    })
    expect(await consentRows()).toBe(1)
  })

  it.each([
    ['missing', undefined],
    ['too short', 'short'],
    ['with bad characters', 'key with spaces!'],
  ])('answers 400 when the key is %s', async (_label, key) => {
    const response = await app.inject(consent(token, key, agreed))
    expect(response.statusCode).toBe(400)
    expect(json<ErrorJson>(response).error).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REQUIRED',
      message: expect.stringContaining('Idempotency-Key'),
    })
  })

  it('scopes keys per user', async () => {
    const other = await login(app, 'dev:someone-else')
    const response = await app.inject(
      consent(other, 'consent-key-001', { ...agreed, channel: 'h5' }),
    )
    expect(response.statusCode).toBe(201)
  })

  it('forgets a key after 24 hours', async () => {
    const before = await consentRows()
    clock.advance(24 * 3600_000 + 1000)
    const response = await app.inject(consent(token, 'consent-key-001', agreed))
    expect(response.statusCode).toBe(201)
    expect(response.headers['idempotency-replayed']).toBeUndefined()
    expect(await consentRows()).toBe(before + 1)
  })

  it('rejects consent to a policy version that is not the current one', async () => {
    const response = await app.inject(
      consent(token, 'consent-key-old', { ...agreed, version: '2020-01-01' }),
    )
    expect(response.statusCode).toBe(400)
    expect(json<ErrorJson>(response).error.fields?.version).toMatch(PRIVACY_POLICY_VERSION)
  })
})

describe('concurrent retries', () => {
  it('20 identical requests at once bind one enterprise', async () => {
    const { app } = testApp()
    const token = await login(app)
    await verifyAs(app, token, PEOPLE.zhang)
    const request = authed(token, {
      method: 'POST',
      url: '/api/v1/me/enterprises',
      headers: { 'idempotency-key': 'bind-enterprise-once' },
      payload: { name: FIRMS.tech.name, uscc: FIRMS.tech.uscc },
    })
    const responses = await Promise.all(Array.from({ length: 20 }, () => app.inject(request)))
    const me = json<{ data: Profile }>(
      await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' })),
    )
    await app.close()
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201))
    expect(new Set(responses.map((r) => r.body)).size).toBe(1)
    expect(me.data.enterprises).toHaveLength(1)
  })

  it('runs a handler once; its concurrent twins replay its answer, another body is refused', async () => {
    const { sql, close } = await testDatabase()
    await sql
      .insertInto('users')
      .values({ id: 'u1', openid: 'o1', nickname: 'n', created_at: '2026-01-01' })
      .execute()
    const once = createIdempotency(
      sql,
      createIdempotencyRepo(sql),
      () => new Date('2026-03-02T01:00:00Z'),
    )
    let runs = 0
    const execute = async () => {
      runs += 1
      // A handler that awaits the database keeps the transaction open across the await.
      await sql.selectFrom('users').select('id').execute()
      return { statusCode: 201, json: `{"data":${runs}}` }
    }
    const scope = { userId: 'u1', key: 'twin-key-1', hash: 'h' }
    const results = await Promise.all(Array.from({ length: 20 }, () => once(scope, execute)))
    await expect(once({ ...scope, hash: 'other' }, execute)).rejects.toMatchObject({
      statusCode: 422,
    })
    await close()
    expect(runs).toBe(1)
    expect(results.filter((r) => !r.replayed)).toHaveLength(1)
    expect(new Set(results.map((r) => r.reply.json))).toEqual(new Set(['{"data":1}']))
  })

  it('a handler that throws leaves no key: the retry runs afresh', async () => {
    const { sql, close } = await testDatabase()
    await sql
      .insertInto('users')
      .values({ id: 'u1', openid: 'o1', nickname: 'n', created_at: '2026-01-01' })
      .execute()
    const once = createIdempotency(sql, createIdempotencyRepo(sql), () => new Date())
    const scope = { userId: 'u1', key: 'failing-key', hash: 'h' }
    await expect(
      once(scope, async () => {
        throw new Error('bank offline')
      }),
    ).rejects.toThrow('bank offline')
    const retry = await once(scope, async () => ({ statusCode: 201, json: '{"data":2}' }))
    expect(retry).toEqual({ reply: { statusCode: 201, json: '{"data":2}' }, replayed: false })
    await close()
  })
})
