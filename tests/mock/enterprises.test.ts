import type { FastifyInstance } from 'fastify'
import type { Profile } from '../../src/services/contract'
import { buildApp } from '../../mock/app'
import {
  authed,
  breakCheckChar,
  json,
  login,
  makeUscc,
  tempDatabase,
  testApp,
  type ErrorJson,
} from './helpers'

let key = 0
const nextKey = () => `test-key-${++key}-abcdef`

function bind(app: FastifyInstance, token: string, body: object) {
  return app.inject(
    authed(token, {
      method: 'POST',
      url: '/api/v1/me/enterprises',
      headers: { 'idempotency-key': nextKey() },
      payload: body,
    }),
  )
}

describe('enterprises and identity', () => {
  it('rejects a bad USCC check character and binds a valid one, masked', async () => {
    const { app } = testApp()
    const token = await login(app)
    const bad = await bind(app, token, {
      name: '包头市青山区示例科技有限公司',
      uscc: breakCheckChar(makeUscc()),
    })
    expect(bad.statusCode).toBe(400)
    expect(json<ErrorJson>(bad).error.fields?.uscc).toMatch(/校验码/)
    const uscc = makeUscc()
    const good = await bind(app, token, {
      name: '包头市青山区示例科技有限公司',
      uscc: uscc.toLowerCase(),
    })
    await app.close()
    expect(good.statusCode).toBe(201)
    const profile = json<{ data: Profile }>(good).data
    expect(profile.enterprises).toEqual([
      {
        id: expect.any(String),
        name: '包头市青山区示例科技有限公司',
        usccMasked: `9115**********${uscc.slice(-4)}`,
      },
    ])
    expect(good.body).not.toContain(uscc)
  })

  it('refuses the same USCC twice (409) and an 11th enterprise (409)', async () => {
    const { app } = testApp()
    const token = await login(app)
    for (let i = 0; i < 10; i++) {
      expect(
        (await bind(app, token, { name: `企业${i}`, uscc: makeUscc(`MA0N1234${i}`) })).statusCode,
      ).toBe(201)
    }
    const twice = await bind(app, token, { name: '企业0', uscc: makeUscc('MA0N12340') })
    const eleventh = await bind(app, token, { name: '企业10', uscc: makeUscc('MA0N1235A') })
    await app.close()
    expect(twice.statusCode).toBe(409)
    expect(json<ErrorJson>(twice).error.message).toMatch(/^该企业已绑定/)
    expect(eleventh.statusCode).toBe(409)
    expect(json<ErrorJson>(eleventh).error.message).toMatch(/最多可绑定10家企业/)
  })

  it('switches between 个人 and an own enterprise; another user’s enterprise is 404', async () => {
    const { app } = testApp()
    const alice = await login(app, 'dev:alice')
    const bob = await login(app, 'dev:bob')
    const bobs = json<{ data: Profile }>(
      await bind(app, bob, { name: '乙公司', uscc: makeUscc('MA0N9999B') }),
    )
    const alices = json<{ data: Profile }>(
      await bind(app, alice, { name: '甲公司', uscc: makeUscc('MA0N9999A') }),
    )
    const switchTo = (token: string, enterpriseId: string | null) =>
      app.inject(
        authed(token, {
          method: 'PUT',
          url: '/api/v1/me/active-identity',
          payload: { enterpriseId },
        }),
      )
    const own = alices.data.enterprises[0]?.id ?? ''
    const foreign = bobs.data.enterprises[0]?.id ?? ''

    const toOwn = await switchTo(alice, own)
    expect(json<{ data: Profile }>(toOwn).data.activeEnterpriseId).toBe(own)
    const toForeign = await switchTo(alice, foreign)
    expect(toForeign.statusCode).toBe(404)
    expect(json<ErrorJson>(toForeign).error.code).toBe('NOT_FOUND')
    const toPersonal = await switchTo(alice, null)
    expect(json<{ data: Profile }>(toPersonal).data.activeEnterpriseId).toBeNull()
    await app.close()
  })

  it('keeps what was stored across a restart on the same database file', async () => {
    const db = tempDatabase()
    const first = buildApp({ databasePath: db.path })
    const token = await login(first, 'dev:persistent')
    await bind(first, token, { name: '青山区持久化测试有限公司', uscc: makeUscc() })
    await first.close()

    const second = buildApp({ databasePath: db.path })
    const me = await second.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))
    await second.close()
    const stored = db.read<{ uscc: string }>('SELECT uscc FROM enterprises')
    db.remove()
    expect(json<{ data: Profile }>(me).data.enterprises.map((e) => e.name)).toEqual([
      '青山区持久化测试有限公司',
    ])
    expect(stored).toEqual([{ uscc: makeUscc() }])
  })
})
