// What 我的 and the 经办人 page cost the database: 我的 reads the user with their latest identity
// event in one statement; the 经办人 list reads every grant's trail with its actors' names in one
// statement, however many grants there are. Counted on SQLite; answers checked on both engines.
import type { AgentGrant, Profile } from '../../../src/services/contract'
import { statementsOf } from '../cases/statements'
import { actAsFirm, authed, FIRMS, json, login, PEOPLE, testApp } from '../helpers'

const { app } = testApp()
afterAll(() => app.close())

let keys = 0
const get = (token: string, url: string) => app.inject(authed(token, { method: 'GET', url }))

test('我的 costs four statements; the 经办人 list no statement per grant or per audit row', async () => {
  const rep = await login(app, 'dev:reads-rep')
  const firmId = await actAsFirm(app, rep, FIRMS.food)
  const grant = (person: { name: string; idNumber: string }) =>
    app.inject(
      authed(rep, {
        method: 'POST',
        url: `/api/v1/me/enterprises/${firmId}/agents`,
        payload: {
          agentName: person.name,
          agentIdNumber: person.idNumber,
          scopes: ['policy'],
          days: 30,
        },
        headers: { 'idempotency-key': `reads-grant-${(keys += 1)}` },
      }),
    )
  const me = await statementsOf(() => get(rep, '/api/v1/me'))
  const profile = json<{ data: Profile }>(await get(rep, '/api/v1/me')).data
  expect(profile).toMatchObject({ realNameMovedAt: null, activeEnterpriseId: firmId })
  if (me !== null) expect(me).toBe(4)

  const list = `/api/v1/me/enterprises/${firmId}/agents`
  expect((await grant(PEOPLE.nurse)).statusCode).toBe(201)
  const forOne = await statementsOf(() => get(rep, list))
  expect((await grant(PEOPLE.chen)).statusCode).toBe(201)
  let items: AgentGrant[] = []
  const forTwo = await statementsOf(async () => {
    items = json<{ data: { items: AgentGrant[] } }>(await get(rep, list)).data.items
  })
  expect(forTwo).toBe(forOne)
  // The session, the caller, their firm, then the grants with their trails and actors' names.
  if (forTwo !== null) expect(forTwo).toBe(4)
  expect(items.map((g) => g.audit)).toEqual([
    [{ action: '授权', at: expect.any(String), actorMasked: profile.realName?.nameMasked }],
    [{ action: '授权', at: expect.any(String), actorMasked: profile.realName?.nameMasked }],
  ])
})
