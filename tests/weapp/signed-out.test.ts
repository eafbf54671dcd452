// A user who chose 退出登录 earlier: no silent sign-in at launch; 微信一键登录 signs in on tap.
import type { Profile } from '../../src/services/contract'
import { LOGIN_CODE, startBackend } from './support/backend'
import { launchApp, type MiniApp } from './support/mini-app'

const SIGNED_OUT = { token: null, expiresAt: null, profile: null, signedOut: true }
const backend = startBackend()
let app: MiniApp
let profile: Profile

beforeAll(async () => {
  // The same wx.login code is the same user: this is who 微信一键登录 signs in as.
  profile = await (await backend.signIn(LOGIN_CODE)).call<Profile>('GET', '/api/v1/me')
  app = launchApp({
    server: backend.server,
    storage: { 'gov.session': JSON.stringify({ state: SIGNED_OUT, version: 1 }) },
  })
}, 30000)

test('identity asks to sign in first, and launch made no wx.login', async () => {
  const page = await app.open('packages/account/pages/identity/index')
  await page.waitForText('请先登录，再完成实名核验或添加企业', '微信一键登录')
  expect(page.text()).not.toContain('实名信息姓名')
  expect(app.wx.callsTo('login')).toEqual([])
  expect(app.wx.requests()).toEqual([])
  page.close()
})

test('我的 offers 微信一键登录; tapping it signs in and shows the account', async () => {
  const page = await app.open('pages/mine/index')
  await page.waitForText('未登录', '微信一键登录')
  expect(app.wx.requests('GET /api/v1/me')).toEqual([])

  await page.tap('微信一键登录')
  await page.waitForText(`已登录 · ${profile.nickname}`, '个人（已选）')
  // One sign-in request (no second fetch of the profile), then the unread count for the badges.
  expect(
    app.wx.calls.filter((c) => c.api === 'login' || c.api === 'request').map((c) => c.api),
  ).toEqual(['login', 'request', 'request'])
  expect(app.wx.requests()[0]).toMatchObject({
    method: 'POST',
    path: '/api/v1/auth/wechat-login',
    body: { code: LOGIN_CODE },
  })
  expect(app.wx.requests()[1]).toMatchObject({
    method: 'GET',
    path: '/api/v1/messages/unread-count',
  })
  expect(app.wx.writes('gov.session').at(-1)).toMatchObject({
    signedOut: false,
    profile: { id: profile.id, nickname: profile.nickname },
  })
  // The stored token is a live session of that user on the server.
  const me = await backend.server.inject({
    method: 'GET',
    url: '/api/v1/me',
    headers: { authorization: `Bearer ${await app.signedIn()}` },
  })
  expect(JSON.parse(me.body)).toMatchObject({ data: { id: profile.id } })
  page.close()
})
