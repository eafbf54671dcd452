import type { FastifyInstance } from 'fastify'
import type { Profile } from '../../src/services/contract'
import { buildApp } from '../../mock/app'
import {
  authed,
  breakCheckChar,
  json,
  login,
  makeIdNumber,
  tempDatabase,
  testApp,
  type ErrorJson,
} from './helpers'

describe('real name', () => {
  let app: FastifyInstance
  let token: string
  beforeEach(async () => {
    app = testApp().app
    token = await login(app)
  })
  afterEach(() => app.close())

  const put = (payload: object) =>
    app.inject(authed(token, { method: 'PUT', url: '/api/v1/me/real-name', payload }))

  it('rejects a wrong check digit, saying so', async () => {
    const response = await put({ name: '张三', idNumber: breakCheckChar(makeIdNumber()) })
    expect(response.statusCode).toBe(400)
    const { error } = json<ErrorJson>(response)
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.fields?.idNumber).toMatch(/校验码/)
  })

  it('rejects a name that is not Chinese characters and a missing field', async () => {
    const response = await put({ name: 'Zhang San' })
    const fields = json<ErrorJson>(response).error.fields ?? {}
    expect(fields.name).toMatch(/汉字/)
    expect(fields.idNumber).toMatch(/期望 string/)
  })

  it('stores a valid one (trimmed, X upper-cased) and answers only masked values', async () => {
    const sequences = Array.from({ length: 900 }, (_, i) => String(100 + i))
    const valid =
      sequences.map((seq) => makeIdNumber('19850612', seq)).find((id) => id.endsWith('X')) ?? ''
    const response = await put({ name: ' 张三丰 ', idNumber: valid.toLowerCase() })
    expect(response.statusCode).toBe(200)
    const profile = json<{ data: Profile }>(response).data
    expect(profile.realName).toEqual({
      nameMasked: '张**',
      idNumberMasked: `1502**********${valid.slice(-4)}`,
    })
    expect(response.body).not.toContain(valid)
    const me = json<{ data: Profile }>(
      await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' })),
    )
    expect(me.data.realName).toEqual(profile.realName)
  })

  it('writes the verified values to the users table', async () => {
    const db = tempDatabase()
    const fileApp = buildApp({ databasePath: db.path })
    const owner = await login(fileApp)
    const idNumber = makeIdNumber()
    await fileApp.inject(
      authed(owner, {
        method: 'PUT',
        url: '/api/v1/me/real-name',
        payload: { name: '王媛', idNumber },
      }),
    )
    await fileApp.close()
    const rows = db.read<{ real_name: string; id_number: string }>(
      // Seeded staff accounts (lawyers) are users too: only the resident counts here.
      'SELECT real_name, id_number FROM users WHERE id NOT IN (SELECT user_id FROM role_grants)',
    )
    db.remove()
    expect(rows).toEqual([{ real_name: '王媛', id_number: idNumber }])
  })
})
