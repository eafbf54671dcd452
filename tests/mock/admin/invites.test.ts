import type {
  ConsoleAuditPage,
  Invite,
  InviteClaimed,
  RoleGrant,
  StaffMember,
} from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { send } from './support'

const { app, clock } = testApp()
let admin = ''
beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
})
afterAll(() => app.close())

const invite = async (name: string) =>
  (
    await send<Invite>(
      app,
      'POST',
      '/api/v1/admin/invites',
      { token: admin },
      { name, note: '法律服务专区' },
    )
  ).data
const claim = (token: string, code: string) =>
  send<InviteClaimed>(app, 'POST', '/api/v1/staff/invites/claim', { token }, { code })

test('an invite is claimed once (by digits or its QR link); the claimer joins the staff list; both changes audited with before/after', async () => {
  const created = await invite('王律师')
  expect(created).toMatchObject({ status: 'pending', digits: expect.stringMatching(/^\d{8}$/) })
  const claimer = await login(app, 'dev:invitee-wang')
  const claimed = await claim(claimer, created.digits ?? '')
  expect(claimed.status).toBe(200)
  expect(claimed.data.name).toBe('王律师')
  // The same person asking again is told the same; anyone else is refused, by digits or QR.
  expect((await claim(claimer, created.link ?? '')).status).toBe(200)
  const other = await login(app, 'dev:invitee-other')
  const taken = await claim(other, created.digits ?? '')
  expect(taken.status).toBe(409)
  expect(taken.error?.code).toBe('INVITE_USED')

  const staff = await send<{ items: StaffMember[] }>(app, 'GET', '/api/v1/admin/staff', {
    token: admin,
  })
  const member = staff.data.items.find((m) => m.user.id === claimed.data.userId)
  expect(member).toMatchObject({ name: '王律师', roles: [] })

  const granted = await send<RoleGrant>(
    app,
    'POST',
    '/api/v1/admin/roles',
    { token: admin },
    {
      userId: claimed.data.userId,
      kind: 'window',
      scopeId: 'sp-qs-center',
    },
  )
  expect(granted.status).toBe(201)

  const audit = await send<ConsoleAuditPage>(
    app,
    'GET',
    '/api/v1/admin/audit?pageSize=3&from=2026-03-02&to=2026-03-02',
    {
      token: admin,
    },
  )
  const [grant, claimRow, created_] = audit.data.items
  expect(grant).toMatchObject({
    action: 'role.granted',
    area: 'role',
    before: null,
    after: { kind: 'window', scopeId: 'sp-qs-center', revokedAt: null },
  })
  expect(claimRow).toMatchObject({
    action: 'invite.claimed',
    actor: { id: claimed.data.userId },
    before: { status: 'pending', claimedBy: null },
    after: { status: 'claimed', claimedBy: claimed.data.userId },
  })
  expect(created_).toMatchObject({
    action: 'invite.created',
    before: null,
    after: { name: '王律师' },
  })
  // No code in the log: the digits are a secret until claimed.
  expect(JSON.stringify(audit.data.items)).not.toContain(created.digits ?? 'x')

  // A revocation shows what it was and what it became, in the merged log and the roles' own.
  await send(app, 'POST', `/api/v1/admin/roles/${granted.data.id}/revoke`, { token: admin })
  const roleAudit = await send<ConsoleAuditPage>(
    app,
    'GET',
    '/api/v1/admin/audit?area=role&pageSize=1&from=2026-03-02&to=2026-03-02',
    { token: admin },
  )
  expect(roleAudit.data.items[0]).toMatchObject({
    action: 'role.revoked',
    before: { revokedAt: null },
    after: { revokedAt: expect.any(String) },
  })
  const legacy = await send<{ items: { action: string }[] }>(
    app,
    'GET',
    `/api/v1/admin/roles/audit?userId=${claimed.data.userId}`,
    { token: admin },
  )
  expect(legacy.data.items.map((e) => e.action)).toEqual(['revoked', 'granted'])
})

test('a lawyer role granted with the profile: the invitee is listed to residents and sees the lawyer desk', async () => {
  const created = await invite('赵律师')
  const claimer = await login(app, 'dev:invitee-zhao')
  const { data } = await claim(claimer, created.digits ?? '')
  const bare = await send(
    app,
    'POST',
    '/api/v1/admin/roles',
    { token: admin },
    { userId: data.userId, kind: 'lawyer' },
  )
  expect(bare.error?.code).toBe('PROFILE_MISSING')
  const lawyer = { name: '赵律师', firm: '青山区公共法律服务中心（示例）' }
  const granted = await send(
    app,
    'POST',
    '/api/v1/admin/roles',
    { token: admin },
    { userId: data.userId, kind: 'lawyer', lawyer },
  )
  expect(granted.status).toBe(201)
  const listed = await send<{ items: { name: string }[] }>(app, 'GET', '/api/v1/legal/lawyers', {
    token: claimer,
  })
  expect(listed.data.items.map((l) => l.name)).toContain('赵律师')
  expect(
    (await send(app, 'GET', '/api/v1/legal/lawyer/consultations', { token: claimer })).status,
  ).toBe(200)
})

test('an invite expires after 72 hours; a revoked one cannot be claimed', async () => {
  const late = await invite('过期的邀请')
  const fresh = await invite('作废的邀请')
  await send(app, 'POST', `/api/v1/admin/invites/${fresh.id}/revoke`, { token: admin })
  clock.advance(72 * 3600_000 + 1)
  const claimer = await login(app, 'dev:invitee-late')
  expect((await claim(claimer, late.digits ?? '')).error?.code).toBe('INVITE_EXPIRED')
  expect((await claim(claimer, fresh.digits ?? '')).error?.code).toBe('INVITE_REVOKED')
})

test('a wrong code gets a clear answer', async () => {
  const guesser = await login(app, 'dev:invitee-guesser')
  const wrong = await claim(guesser, '00000000')
  expect(wrong.status).toBe(404)
  expect(wrong.error?.code).toBe('INVITE_CODE_INVALID')
  // The cap (10 tries in 10 minutes per user) is checked with the other limits in
  // tests/mock/security/rate-limits.test.ts.
  expect(wrong.error?.message).toContain('8位数字')
})
