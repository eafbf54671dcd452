import type { FastifyInstance } from 'fastify'
import type { Profile } from '../../src/services/contract'
import { buildApp } from '../../mock/app'
import {
  authed,
  breakCheckChar,
  fictionalFirm,
  fictionalPerson,
  FIRMS,
  json,
  login,
  makeUscc,
  PEOPLE,
  sharedDatabase,
  testApp,
  verifyAs,
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
    await verifyAs(app, token, PEOPLE.zhang)
    const { name, uscc } = FIRMS.tech
    const bad = await bind(app, token, { name, uscc: breakCheckChar(uscc) })
    expect(bad.statusCode).toBe(400)
    expect(json<ErrorJson>(bad).error.fields?.uscc).toMatch(/校验码/)
    const good = await bind(app, token, { name, uscc: uscc.toLowerCase() })
    await app.close()
    expect(good.statusCode).toBe(201)
    const profile = json<{ data: Profile }>(good).data
    expect(profile.enterprises).toEqual([
      {
        id: expect.any(String),
        name,
        usccMasked: `9115**********${uscc.slice(-4)}`,
        basis: 'legal_rep',
        scopes: ['finance', 'policy'],
        validUntil: null,
      },
    ])
    expect(good.body).not.toContain(uscc)
  })

  it('binds only for the verified 法定代表人 of a registered firm, saying what to do', async () => {
    const { app } = testApp()
    const token = await login(app)
    const unverified = await bind(app, token, FIRMS.tech)
    expect(unverified.statusCode).toBe(403)
    expect(json<ErrorJson>(unverified).error).toMatchObject({ code: 'IDENTITY_REQUIRED' })
    await verifyAs(app, token, PEOPLE.zhang)
    const notTheirs = await bind(app, token, { name: FIRMS.food.name, uscc: FIRMS.food.uscc })
    const unregistered = await bind(app, token, { name: '青山区无此公司', uscc: makeUscc() })
    const renamed = await bind(app, token, { name: '另一个名字', uscc: FIRMS.tech.uscc })
    const me = await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))
    await app.close()
    expect(notTheirs.statusCode).toBe(403)
    expect(json<ErrorJson>(notTheirs).error).toMatchObject({ code: 'NOT_LEGAL_REPRESENTATIVE' })
    expect(json<ErrorJson>(notTheirs).error.message).toMatch(/授权码/)
    expect(unregistered.statusCode).toBe(404)
    expect(json<ErrorJson>(unregistered).error.message).toMatch(/营业执照/)
    expect(renamed.statusCode).toBe(400)
    expect(json<ErrorJson>(renamed).error.fields?.name).toMatch(/营业执照/)
    expect(json<{ data: Profile }>(me).data.enterprises).toEqual([])
  })

  it('refuses the same USCC twice (409) and an 11th enterprise (409)', async () => {
    // One 法定代表人 of eleven (fictional) firms: more than the seeded register has.
    const rep = fictionalPerson('钱多多', '901')
    const entities = Array.from({ length: 11 }, (_, i) =>
      fictionalFirm(`企业${i}`, i < 10 ? `MA0N1234${i}` : 'MA0N1235A', rep),
    )
    const { app } = testApp({ registry: { people: [rep], entities } })
    const token = await login(app)
    await verifyAs(app, token, rep)
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
    await verifyAs(app, bob, PEOPLE.liu)
    await verifyAs(app, alice, PEOPLE.chen)
    const bobs = json<{ data: Profile }>(await bind(app, bob, FIRMS.machinery))
    const alices = json<{ data: Profile }>(await bind(app, alice, FIRMS.software))
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
    const database = sharedDatabase()
    const first = buildApp({ database: database.open() })
    const token = await login(first, 'dev:persistent')
    await verifyAs(first, token, PEOPLE.sun)
    await bind(first, token, { name: FIRMS.maker.name, uscc: FIRMS.maker.uscc })
    await first.close()

    const { sql, ...restarted } = testApp({ database: database.open() })
    const second = restarted.app
    const me = await second.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))
    const stored = await sql.selectFrom('enterprises').select('uscc').execute()
    await second.close()
    await database.remove()
    expect(json<{ data: Profile }>(me).data.enterprises.map((e) => e.name)).toEqual([
      FIRMS.maker.name,
    ])
    expect(json<{ data: Profile }>(me).data.realName?.nameMasked).toBe('孙**')
    expect(stored).toEqual([{ uscc: FIRMS.maker.uscc }])
  })
})
