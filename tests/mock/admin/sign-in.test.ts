import type {
  ConsoleAuditPage,
  ConsoleMe,
  ConsoleSignInPreview,
  ConsoleSignInRequest,
  ConsoleSignInStatus,
  ConsoleSession,
} from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { cookieOf, send } from './support'

// One app for the file: each test starts its own sign-in request.
const { app, clock } = testApp()
let admin = ''
let resident = ''
beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  resident = await login(app, 'dev:console-resident')
})
afterAll(() => app.close())

const start = async () =>
  (await send<ConsoleSignInRequest>(app, 'POST', '/api/v1/admin/sign-in/requests')).data
const poll = (request: ConsoleSignInRequest, pollToken = request.pollToken) =>
  send<ConsoleSignInStatus>(
    app,
    'POST',
    `/api/v1/admin/sign-in/requests/${request.id}/poll`,
    {},
    { pollToken },
  )
const asAdmin = (path: string, code: string, token = admin) =>
  send<ConsoleSignInPreview & { status: string }>(
    app,
    'POST',
    `/api/v1/admin/sign-in/${path}`,
    { token },
    { code },
  )

test('request → scan by an administrator → confirm → the console gets an httpOnly session cookie, audited', async () => {
  const request = await start()
  expect(request.link).toContain(request.payload)
  expect(request.svg).toMatch(/^<svg/)
  expect((await poll(request)).data.status).toBe('pending')

  // The mini program's scanner knows the code and where it leads.
  const resolved = await send<{ action: { kind: string } }>(
    app,
    'POST',
    '/api/v1/qr/resolve',
    { token: admin },
    { text: request.link },
  )
  expect(resolved.data.action.kind).toBe('console_sign_in')

  const preview = await asAdmin('scan', request.link)
  expect(preview.status).toBe(200)
  expect(preview.data.browser).toBe('Chrome · Linux')
  expect(preview.data.ip).toBe('192.*.*.23')
  expect((await poll(request)).data.status).toBe('scanned')

  expect((await asAdmin('confirm', request.payload)).data.status).toBe('confirmed')
  const signedIn = await poll(request)
  expect(signedIn.data).toMatchObject({
    status: 'signed_in',
    user: { nickname: expect.any(String) },
  })
  expect(signedIn.cookie).toMatch(
    /^qs_console=[\w-]+; Path=\/api\/v1\/admin; HttpOnly; SameSite=Strict$/,
  )
  const cookie = cookieOf(signedIn.cookie)

  const me = await send<ConsoleMe>(app, 'GET', '/api/v1/admin/me', { cookie })
  expect(me.status).toBe(200)
  expect(me.data.session).toMatchObject({ browser: 'Chrome · Linux', current: true })
  // The cookie is the console's: the app's own endpoints do not take it.
  expect((await send(app, 'GET', '/api/v1/me', { cookie })).status).toBe(401)
  // The poll that made the session cannot make a second one.
  expect((await poll(request)).data.status).toBe('expired')

  const audit = await send<ConsoleAuditPage>(app, 'GET', '/api/v1/admin/audit?area=console', {
    cookie,
  })
  expect(audit.data.items.map((e) => e.action).slice(0, 2)).toEqual([
    'console.sign_in',
    'console.confirm',
  ])
})

test('a used code cannot be confirmed again; a wrong poll token learns nothing', async () => {
  const request = await start()
  await asAdmin('confirm', request.payload)
  const again = await asAdmin('confirm', request.payload)
  expect(again.status).toBe(409)
  expect(again.error?.code).toBe('CONSOLE_SIGN_IN_USED')
  const stranger = await poll(request, 'x'.repeat(43))
  expect(stranger.status).toBe(404)
  expect(stranger.cookie).toBeUndefined()
})

test('a code expires after 2 minutes', async () => {
  const request = await start()
  clock.advance(2 * 60_000 + 1)
  const late = await asAdmin('confirm', request.payload)
  expect(late.status).toBe(409)
  expect(late.error?.code).toBe('CONSOLE_SIGN_IN_EXPIRED')
  expect((await poll(request)).data.status).toBe('expired')
})

test('only administrators confirm: a resident is refused in plain words, and the request stays open', async () => {
  const request = await start()
  for (const path of ['scan', 'confirm', 'refuse']) {
    const refused = await asAdmin(path, request.payload, resident)
    expect(refused.status).toBe(403)
    expect(refused.error?.message).toContain('只有管理员可以登录管理后台')
  }
  expect((await poll(request)).data.status).toBe('pending')
})

test('refused on the phone: the console is told, no session', async () => {
  const request = await start()
  expect((await asAdmin('refuse', request.payload)).data.status).toBe('refused')
  const answer = await poll(request)
  expect(answer.data.status).toBe('refused')
  expect(answer.cookie).toBeUndefined()
})

async function signedInCookie(): Promise<string> {
  const request = await start()
  await asAdmin('confirm', request.payload)
  return cookieOf((await poll(request)).cookie)
}

test('a session can be revoked by another administrator session, and ends on sign-out; both audited', async () => {
  const first = await signedInCookie()
  const second = await signedInCookie()
  const me = await send<ConsoleMe>(app, 'GET', '/api/v1/admin/me', { cookie: first })
  const id = me.data.session?.id ?? ''
  const revoked = await send<ConsoleSession>(app, 'POST', `/api/v1/admin/sessions/${id}/revoke`, {
    cookie: second,
  })
  expect(revoked.status).toBe(200)
  expect((await send(app, 'GET', '/api/v1/admin/me', { cookie: first })).status).toBe(401)
  const again = await send(app, 'POST', `/api/v1/admin/sessions/${id}/revoke`, { cookie: second })
  expect(again.error?.code).toBe('CONSOLE_SESSION_ENDED')

  const out = await send(app, 'POST', '/api/v1/admin/sign-out', { cookie: second })
  expect(out.cookie).toContain('Max-Age=0')
  expect((await send(app, 'GET', '/api/v1/admin/me', { cookie: second })).status).toBe(401)
  const audit = await send<ConsoleAuditPage>(app, 'GET', '/api/v1/admin/audit?area=console', {
    token: admin,
  })
  const actions = audit.data.items.map((e) => e.action)
  expect(actions.slice(0, 2)).toEqual(['console.sign_out', 'console.session_revoked'])
  const revokedRow = audit.data.items[1]
  expect(revokedRow?.before).toMatchObject({ ended: false })
  expect(revokedRow?.after).toMatchObject({ ended: true })
})

test('a session ends after 8 hours without a request; each request moves the deadline on', async () => {
  const cookie = await signedInCookie()
  clock.advance(7 * 3600_000)
  expect((await send(app, 'GET', '/api/v1/admin/me', { cookie })).status).toBe(200)
  clock.advance(7 * 3600_000)
  expect((await send(app, 'GET', '/api/v1/admin/me', { cookie })).status).toBe(200)
  clock.advance(8 * 3600_000 + 1)
  expect((await send(app, 'GET', '/api/v1/admin/me', { cookie })).status).toBe(401)
})

test('dev sign-in: on when WeChat sign-in is not configured, administrators only', async () => {
  expect(
    (await send<{ devSignIn: boolean }>(app, 'GET', '/api/v1/admin/sign-in/options')).data
      .devSignIn,
  ).toBe(true)
  const dev = await send<ConsoleSignInStatus>(
    app,
    'POST',
    '/api/v1/admin/sign-in/dev',
    {},
    { handle: 'admin-1' },
  )
  expect(dev.data.status).toBe('signed_in')
  expect(
    (await send(app, 'GET', '/api/v1/admin/me', { cookie: cookieOf(dev.cookie) })).status,
  ).toBe(200)
  const other = await send(
    app,
    'POST',
    '/api/v1/admin/sign-in/dev',
    {},
    { handle: 'console-resident' },
  )
  expect(other.status).toBe(403)
})
