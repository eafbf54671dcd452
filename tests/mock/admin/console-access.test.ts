// Every administrator endpoint of the contract, found by its path: an endpoint added later is
// walked too. Anonymous callers get 401, residents and every other staff kind 403.
import { endpoints, fillPath, splitKey, type EndpointKey } from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { send } from './support'

const CONSOLE = (Object.keys(endpoints) as EndpointKey[]).filter(
  (key) => splitKey(key).path.startsWith('/api/v1/admin/') && endpoints[key].auth,
)

/** Signed in as the seed has them: one of each kind that is not an administrator. */
const CALLERS = {
  resident: 'dev:console-walker',
  window: 'dev:staff-center-1',
  helper: 'dev:helper-1',
  lawyer: 'dev:lawyer-1',
  bank: 'dev:bank-abc',
  lab: 'dev:lab-env',
}

const { app } = testApp()
const tokens: Record<string, string> = {}
beforeAll(async () => {
  await app.ready()
  for (const [who, code] of Object.entries(CALLERS)) tokens[who] = await login(app, code)
})
afterAll(() => app.close())

const call = (key: EndpointKey, auth: { token?: string }) => {
  const { method, path } = splitKey(key)
  return send(app, method as 'GET' | 'POST', fillPath(path, { id: 'any-id' }), auth, {})
}

test('the walk covers the console (at least the endpoints known today)', () => {
  expect(CONSOLE).toEqual(
    expect.arrayContaining([
      'GET /api/v1/admin/roles',
      'POST /api/v1/admin/roles',
      'GET /api/v1/admin/audit',
      'POST /api/v1/admin/invites',
      'POST /api/v1/admin/sign-in/confirm',
      'POST /api/v1/admin/sessions/:id/revoke',
      'POST /api/v1/admin/labs/:id',
      'POST /api/v1/admin/lawyers/:id/pause',
      'POST /api/v1/admin/media/live/:id/cancel',
      'POST /api/v1/admin/media/videos/:id',
    ]),
  )
})

test.each(CONSOLE)(
  '%s: 401 anonymous, 403 for a resident and each non-administrator staff kind',
  async (key) => {
    expect((await call(key, {})).status).toBe(401)
    for (const who of Object.keys(CALLERS)) {
      const answer = await call(key, { token: tokens[who] })
      expect({ who, status: answer.status }).toEqual({ who, status: 403 })
      expect(answer.error?.code).toBe('FORBIDDEN')
    }
  },
)
