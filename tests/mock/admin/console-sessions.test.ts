// Console sessions on two app instances sharing one database (two server processes): a request
// reads the session from the table every time, so an end on one process holds on the other at
// once, while the idle deadline and 最近活动 are written at most once a minute.
import type { ConsoleMe, ConsoleSignInStatus, RoleGrant } from '../../../src/services/contract'
import { json, login, sharedDatabase, testApp } from '../helpers'
import { cookieOf, send } from './support'

const database = sharedDatabase()
const one = testApp({ database: database.open() })
const other = testApp({ database: database.open() })
beforeAll(async () => {
  await one.app.ready()
  await other.app.ready()
})
afterAll(async () => {
  await one.app.close()
  await other.app.close()
  await database.remove()
})

/** Both processes' clocks move together. */
const advance = (ms: number) => {
  one.clock.advance(ms)
  other.clock.advance(ms)
}
const signIn = async (handle = 'admin-1') =>
  cookieOf(
    (await send<ConsoleSignInStatus>(one.app, 'POST', '/api/v1/admin/sign-in/dev', {}, { handle }))
      .cookie,
  )
const me = (app: typeof one.app, cookie: string) =>
  send<ConsoleMe>(app, 'GET', '/api/v1/admin/me', { cookie })

test('a session revoked or signed out on one process is refused on the next request on the other', async () => {
  const revokedOne = await signIn()
  const signedOut = await signIn()
  const id = (await me(other.app, revokedOne)).data.session?.id ?? ''
  // Both were just used on the other process: a cached "still live" would let them in.
  expect((await me(other.app, signedOut)).status).toBe(200)

  const revoked = await send(one.app, 'POST', `/api/v1/admin/sessions/${id}/revoke`, {
    cookie: signedOut,
  })
  expect(revoked.status).toBe(200)
  expect((await me(other.app, revokedOne)).status).toBe(401)

  await send(one.app, 'POST', '/api/v1/admin/sign-out', { cookie: signedOut })
  expect((await me(other.app, signedOut)).status).toBe(401)
})

test('最近活动 and the idle deadline move on at most once a minute, and an idle session expires on every process', async () => {
  const cookie = await signIn()
  const signedInAt = (await me(other.app, cookie)).data.session
  expect(signedInAt?.lastSeenAt).toBe(one.clock.now().toISOString())

  advance(30_000)
  const within = (await me(other.app, cookie)).data.session
  expect(within?.lastSeenAt).toBe(signedInAt?.lastSeenAt)
  expect(within?.expiresAt).toBe(signedInAt?.expiresAt)

  advance(31_000)
  const renewed = (await me(other.app, cookie)).data.session
  expect(renewed?.lastSeenAt).toBe(other.clock.now().toISOString())
  expect(Date.parse(renewed?.expiresAt ?? '')).toBe(other.clock.now().getTime() + 8 * 3600_000)

  // Back 7 hours later (renewed), once more within the minute (not), then idle: 8 hours after
  // the renewal the session is refused on both processes.
  advance(7 * 3600_000)
  expect((await me(one.app, cookie)).status).toBe(200)
  advance(30_000)
  expect((await me(other.app, cookie)).status).toBe(200)
  advance(8 * 3600_000 - 30_000 + 1)
  expect((await me(one.app, cookie)).status).toBe(401)
  expect((await me(other.app, cookie)).status).toBe(401)
})

test('an administrator whose grant is revoked on one process is refused at once on the other', async () => {
  const token = await login(one.app, 'dev:console-second-admin')
  const { data: user } = json<{ data: { id: string } }>(
    await one.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } }),
  )
  const admin = await signIn()
  const granted = await send<RoleGrant>(
    one.app,
    'POST',
    '/api/v1/admin/roles',
    { cookie: admin },
    { userId: user.id, kind: 'admin' },
  )
  expect(granted.status).toBe(201)
  const second = await signIn('console-second-admin')
  expect((await me(other.app, second)).status).toBe(200)

  const revoked = await send(one.app, 'POST', `/api/v1/admin/roles/${granted.data.id}/revoke`, {
    cookie: admin,
  })
  expect(revoked.status).toBe(200)
  const refused = await me(other.app, second)
  expect(refused.status).toBe(403)
  expect((await send(other.app, 'GET', '/api/v1/admin/roles', { cookie: second })).status).toBe(403)
})
