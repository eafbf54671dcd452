import type { FastifyInstance } from 'fastify'
import type { Profile, Verification } from '../../src/services/contract'
import type { Sql } from '../../mock/db/engine'
import {
  authed,
  breakCheckChar,
  json,
  login,
  makeIdNumber,
  outboxCode,
  PEOPLE,
  sharedDatabase,
  testApp,
  verifyAs,
  type ErrorJson,
} from './helpers'

// 实名 is proven (issue 14 §1): a claim is checked like any input, then a code to the phone on file.
describe('real name', () => {
  let app: FastifyInstance
  let token: string
  beforeEach(async () => {
    app = testApp().app
    token = await login(app)
  })
  afterEach(() => app.close())

  const start = (payload: object) =>
    app.inject(authed(token, { method: 'POST', url: '/api/v1/me/identity/verifications', payload }))
  const confirm = (id: string, code: string) =>
    app.inject(
      authed(token, {
        method: 'POST',
        url: `/api/v1/me/identity/verifications/${id}/confirm`,
        payload: { code },
      }),
    )

  it('rejects a wrong check digit, saying so', async () => {
    const response = await start({ name: '张三', idNumber: breakCheckChar(PEOPLE.zhang.idNumber) })
    expect(response.statusCode).toBe(400)
    const { error } = json<ErrorJson>(response)
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.fields?.idNumber).toMatch(/校验码/)
  })

  it('rejects a name that is not Chinese characters and a missing field', async () => {
    const response = await start({ name: 'Zhang San' })
    expect(response.statusCode).toBe(400)
    const fields = json<ErrorJson>(response).error.fields ?? {}
    expect(fields.name).toMatch(/汉字/)
    expect(fields.idNumber).toMatch(/期望 string/)
  })

  it('refuses a valid number that is nobody of the 人口库, and stores nothing', async () => {
    const response = await start({ name: '王媛', idNumber: makeIdNumber() })
    expect(response.statusCode).toBe(404)
    expect(json<ErrorJson>(response).error).toMatchObject({ code: 'IDENTITY_NOT_FOUND' })
    expect(json<ErrorJson>(response).error.message).toMatch(/人口库/)
    const me = json<{ data: Profile }>(
      await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' })),
    )
    expect(me.data.realName).toBeNull()
  })

  it('stores a valid one (trimmed, X upper-cased) and answers only masked values', async () => {
    const { idNumber } = PEOPLE.grandma
    expect(idNumber.endsWith('X')).toBe(true)
    const started = await start({
      name: ` ${PEOPLE.grandma.name} `,
      idNumber: idNumber.toLowerCase(),
    })
    expect(started.statusCode).toBe(200)
    const verification = json<{ data: Verification }>(started).data
    expect(verification).toMatchObject({ method: 'sms', phoneMasked: '138****0005' })
    expect(started.body).not.toContain(idNumber)

    const code = await outboxCode(app, token)
    const wrong = await confirm(verification.id, code === '000000' ? '111111' : '000000')
    expect(wrong.statusCode).toBe(400)
    expect(json<ErrorJson>(wrong).error.message).toBe('验证码不正确，还可以再试4次')
    const response = await confirm(verification.id, code)
    expect(response.statusCode).toBe(200)
    const profile = json<{ data: Profile }>(response).data
    expect(profile.realName).toEqual({
      nameMasked: '王**',
      idNumberMasked: `1502**********${idNumber.slice(-4)}`,
      method: 'sms',
      verifiedAt: '2026-03-02T01:00:00.000Z',
    })
    expect(response.body).not.toContain(idNumber)
    const me = await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))
    expect(json<{ data: Profile }>(me).data.realName).toEqual(profile.realName)
    expect(me.body).not.toContain(idNumber)
  })

  it('writes the verified values to the users table, and nothing before the code', async () => {
    const database = sharedDatabase()
    const residents = (sql: Sql) =>
      sql
        .selectFrom('users')
        .select(['real_name', 'id_number', 'identity_method'])
        // Seeded staff accounts (lawyers) are users too: only the resident counts here.
        .where('id', 'not in', sql.selectFrom('role_grants').select('user_id'))
        .execute()
    const first = testApp({ database: database.open() })
    const owner = await login(first.app)
    await first.app.inject(
      authed(owner, {
        method: 'POST',
        url: '/api/v1/me/identity/verifications',
        payload: PEOPLE.nurse,
      }),
    )
    const beforeCode = await residents(first.sql)
    await first.app.close()

    const again = testApp({ database: database.open() })
    const other = await login(again.app, 'dev:device-2')
    await verifyAs(again.app, other, PEOPLE.chen)
    const rows = await residents(again.sql)
    await again.app.close()
    await database.remove()
    expect(beforeCode).toEqual([{ real_name: null, id_number: null, identity_method: null }])
    expect(rows).toEqual(
      expect.arrayContaining([
        { real_name: null, id_number: null, identity_method: null },
        { real_name: PEOPLE.chen.name, id_number: PEOPLE.chen.idNumber, identity_method: 'sms' },
      ]),
    )
    expect(rows).toHaveLength(2)
  })
})
