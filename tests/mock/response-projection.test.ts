import * as z from 'zod/mini'
import { endpoints } from '../../src/services/contract'
import { projection } from '../../mock/http/projection'
import { authed, login, testApp } from './helpers'

// The compiled projection replaced zod's parse of every answer (issue 19). Stripping what the
// contract does not declare is a security property: a column a handler reads must never leave.
describe('response projection', () => {
  const resolve = projection(endpoints['POST /api/v1/qr/resolve'].response)

  it('drops undeclared fields in objects, arrays and each branch of a discriminated union', () => {
    const scans = projection(endpoints['GET /api/v1/qr/scans'].response)
    const row = { id: 's1', at: '2026-03-02T01:00:00.000Z', official: true, title: '示例' }
    expect(scans({ items: [{ ...row, user_id: 'u1', token_hash: 'x' }], total: 9 })).toEqual({
      items: [row],
    })
    const official = { result: 'official', title: '示例', action: { kind: 'queue', pointId: 'p' } }
    expect(
      resolve({ ...official, secret: 1, action: { ...official.action, signature: 'k' } }),
    ).toEqual(official)
    const refused = { result: 'refused', reason: 'forged', message: '示例' }
    expect(resolve({ ...refused, title: 'leak' })).toEqual(refused)
  })

  it('keeps exactly what zod keeps', () => {
    const answers = [
      { result: 'official', title: 't', action: { kind: 'grant', code: '1', extra: 2 } },
      { result: 'refused', reason: 'unknown', message: 'm', action: { kind: 'zone' } },
    ]
    for (const answer of answers) {
      const schema = endpoints['POST /api/v1/qr/resolve'].response
      expect(JSON.stringify(resolve(answer))).toBe(JSON.stringify(z.parse(schema, answer)))
    }
  })

  it('strips on the wire too: the signed-in profile carries no session or database column', async () => {
    const { app } = testApp()
    const token = await login(app)
    const me = await app.inject(authed(token, { method: 'GET', url: '/api/v1/me' }))
    expect(me.statusCode).toBe(200)
    const { data } = JSON.parse(me.body) as { data: Record<string, unknown> }
    const declared = Object.keys(endpoints['GET /api/v1/me'].response._zod.def.shape)
    expect(Object.keys(data).every((key) => declared.includes(key))).toBe(true)
    expect(me.body).not.toContain(token)
    await app.close()
  })
})
