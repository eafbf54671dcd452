// Smoke test of every page in dist/app.json, rendered from the compiled weapp by miniprogram-simulate.
import { PRIVACY_POLICY_VERSION } from '../../src/services/contract'
import {
  bankPoint,
  centerPoint,
  CONTRACT_NAME,
  LOGIN_CODE,
  servicePoints,
  streetPoint,
  TOKEN,
} from './support/fixtures'
import { appPages, launchApp, type MiniApp } from './support/mini-app'
import type { OpenPage } from './support/page'
import { headerValue } from './support/server'
import { attrOf, textOf, waitFor } from './support/simulate'
import type { RecordedRequest } from './support/wx'

interface PageSpec {
  query?: Record<string, string>
  /** What the user must see once the page has loaded. */
  shows: string[]
  /** Taps or typing that go through setData, and the wx calls they make. */
  interact?: (page: OpenPage, app: MiniApp) => Promise<void>
}

const BEARER = `Bearer ${TOKEN}`
const authOf = (req: RecordedRequest | undefined) => headerValue(req?.header ?? {}, 'Authorization')
const urlsOf = (app: MiniApp, api: string) =>
  app.wx.callsTo(api).map(([o]) => (o as { url: string }).url)

const specs: Record<string, PageSpec> = {
  'pages/index/index': {
    shows: [
      '智慧政务服务管家',
      '长辈模式',
      '搜索服务网点、街道或业务',
      '隐私保护提示',
      CONTRACT_NAME,
    ],
    async interact(page, app) {
      const toggle = page.byClass('elder-toggle') // the role='switch' View
      expect(textOf(toggle)).toContain('已关闭')
      expect(page.root.querySelector('.gov-elder')).toBeUndefined()
      toggle.dispatchEvent('tap')
      await waitFor(() => expect(textOf(toggle)).toContain('已开启'))
      expect(page.root.querySelector('.gov-elder')).toBeDefined()
      expect(app.wx.writes('gov.preferences').at(-1)).toEqual({ elderChoice: 'on' })
      toggle.dispatchEvent('tap')
      await waitFor(() => expect(textOf(toggle)).toContain('已关闭'))
      expect(app.wx.writes('gov.preferences').at(-1)).toEqual({ elderChoice: 'off' })

      await page.tap('搜索服务网点、街道或业务')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo')).toEqual(['/packages/points/pages/list/index']),
      )
      await page.tap('办事网点')
      await waitFor(() => expect(urlsOf(app, 'switchTab')).toEqual(['/pages/services/index']))
    },
  },
  'pages/services/index': {
    shows: ['到哪里办', '✓ 全部', ...servicePoints.map((p) => p.name)],
    async interact(page, app) {
      const [first] = app.wx.requests('GET /api/v1/service-points')
      expect(authOf(first)).toBe(BEARER)
      expect(first?.query.toString()).toBe('')
      await page.tap('政银合作网点')
      await page.waitForText('✓ 政银合作网点', bankPoint.address)
      await waitFor(() => expect(page.text()).not.toContain(centerPoint.address))
      expect(page.text()).not.toContain(streetPoint.address)
      const kinds = app.wx.requests('GET /api/v1/service-points').map((r) => r.query.get('kind'))
      expect(kinds).toEqual([null, 'bank'])
    },
  },
  'pages/mine/index': {
    shows: ['已登录 · 青山用户0001', '办事身份', '个人（已选）', '实名信息与企业', '未实名'],
    async interact(page, app) {
      // useDidShow refreshes the profile with the session token.
      expect(app.wx.requests('GET /api/v1/me').map(authOf)).toEqual([BEARER])
      await page.tap('设置')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe('/packages/account/pages/settings/index'),
      )
    },
  },
  'packages/account/pages/settings/index': {
    shows: [
      '跟随系统',
      '开启',
      '关闭',
      '现在：标准模式',
      '微信字体为标准大小，当前为标准模式',
      '退出登录',
    ],
    async interact(page, app) {
      await page.tap('开启')
      await page.waitForText('开启（已选）', '现在：长辈模式')
      expect(page.root.querySelector('.gov-elder')).toBeDefined()
      expect(app.wx.writes('gov.preferences').at(-1)).toEqual({ elderChoice: 'on' })
      await page.tap('跟随系统')
      await page.waitForText('跟随系统（已选）', '现在：标准模式')
      expect(app.wx.writes('gov.preferences').at(-1)).toEqual({ elderChoice: 'system' })
    },
  },
  'packages/account/pages/privacy/index': {
    shows: [
      '智慧政务服务管家隐私保护指引',
      `版本 ${PRIVACY_POLICY_VERSION}`,
      '您尚未同意本版本',
      '我们收集哪些信息',
    ],
  },
  'packages/account/pages/identity/index': {
    shows: ['当前办事身份', '个人（已选）', '实名信息', '居民身份证号', '添加企业（法人身份）'],
    async interact(page, app) {
      await page.tap('保存实名信息')
      await page.waitForText('✗ 请填写证件上的姓名（至少2个字）')
      expect(app.wx.requests('PUT /api/v1/me/real-name')).toEqual([])

      const [nameInput, idInput] = page.root.querySelectorAll('.gov-field__input')
      if (!nameInput || !idInput) throw new Error('the real-name form has no name and id inputs')
      await page.type(nameInput, '张三')
      await page.type(idInput, '150204198001011234')
      await waitFor(() => expect(page.text()).not.toContain('✗'))
      await page.tap('保存实名信息')
      await page.waitForText('实名信息已保存')
      const [put] = app.wx.requests('PUT /api/v1/me/real-name')
      expect(put?.body).toEqual({ name: '张三', idNumber: '150204198001011234' })
      expect(authOf(put)).toBe(BEARER)
    },
  },
  'packages/points/pages/list/index': {
    shows: servicePoints.map((p) => p.name),
    async interact(page, app) {
      const input = page.byClass('point-search__input')
      expect(attrOf(input, 'placeholder')).toBe('网点名、街道或业务，如：幸福路、社保查询')
      await page.type(input, '幸福路')
      await waitFor(() => {
        expect(page.text()).toContain(streetPoint.address)
        expect(page.text()).not.toContain(centerPoint.address)
      })
      await page.type(input, '火星')
      await page.waitForText('没有找到与“火星”有关的服务网点。')
      const queries = app.wx.requests('GET /api/v1/service-points').map((r) => r.query.get('q'))
      expect(queries.slice(-2)).toEqual(['幸福路', '火星'])
    },
  },
  'packages/points/pages/detail/index': {
    query: { id: bankPoint.id },
    shows: [bankPoint.name, bankPoint.address, '周六 09:30–16:00', `拨打 ${bankPoint.phone}`],
    async interact(page, app) {
      const [get] = app.wx.requests(`GET /api/v1/service-points/${bankPoint.id}`)
      expect(authOf(get)).toBe(BEARER)
      await page.tap(`拨打 ${bankPoint.phone}`)
      await waitFor(() => expect(app.wx.callsTo('makePhoneCall')).toHaveLength(1))
      expect(app.wx.callsTo('makePhoneCall')[0]?.[0]).toMatchObject({
        phoneNumber: bankPoint.phone,
      })
    },
  },
}

let app: MiniApp

beforeAll(async () => {
  app = launchApp()
  // The silent sign-in has finished once the session with the token is persisted.
  await waitFor(() => app.wx.writes('gov.session').some((state) => state.token === TOKEN))
}, 30000)

test('every page in dist/app.json has an expectation here, and every expectation a page', () => {
  const pages = appPages()
  const missing = pages.filter((p) => !(p in specs))
  const stale = Object.keys(specs).filter((p) => !pages.includes(p))
  if (missing.length > 0)
    throw new Error(`no expectation registered for: ${missing.join(', ')} — add it to specs`)
  if (stale.length > 0)
    throw new Error(`expectations for pages no longer in app.json: ${stale.join(', ')}`)
})

test('launch signs in silently: wx.login, then POST /api/v1/auth/wechat-login with its code', () => {
  const apis = app.wx.calls.map((c) => c.api)
  const loginAt = apis.indexOf('login')
  const requestAt = apis.indexOf('request')
  expect(loginAt).toBeGreaterThanOrEqual(0)
  expect(requestAt).toBeGreaterThan(loginAt)
  const [signIn] = app.wx.requests()
  expect(signIn).toMatchObject({
    method: 'POST',
    path: '/api/v1/auth/wechat-login',
    body: { code: LOGIN_CODE },
  })
  expect(authOf(signIn)).toBeUndefined()
  expect(app.wx.writes('gov.session').at(-1)).toMatchObject({
    token: TOKEN,
    profile: { nickname: '青山用户0001' },
  })
})

test.each(appPages())(
  '%s renders, reacts to the user and calls wx as expected',
  async (route) => {
    const spec = specs[route]
    if (!spec)
      throw new Error(`no expectation registered for page "${route}" in tests/weapp/pages.test.ts`)
    const page = await app.open(route, spec.query)
    try {
      await page.waitForText(...spec.shows)
      await spec.interact?.(page, app)
    } finally {
      page.close()
    }
  },
  15000,
)
