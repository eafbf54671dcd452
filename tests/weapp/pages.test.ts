// Smoke test of every page in dist/app.json, rendered from the compiled weapp by miniprogram-simulate.
import {
  PRIVACY_POLICY_VERSION,
  type Facets,
  type SearchResult,
  type LoanApplication,
  type Receipt,
  type TelecomOrder,
  type Consultation,
  type SamplingBooking,
  type Zone,
  type Lab,
  type ItemSummary,
  type Appointment,
  type ItemPage,
  type Profile,
} from '../../src/services/contract'
import { clinicBundle, clinicFiling, doctorChange, llcSetup, nurseChange } from './support/catalog'
import {
  bankPoint,
  centerPoint,
  CONTRACT_NAME,
  mallPoint,
  servicePoints,
  streetPoint,
  USER_POSITION,
  WATER_NUMBER,
  WATER_TYPO,
} from './support/fixtures'
import { appPages, launchApp, urlsOf, type MiniApp, type PageSpec } from './support/mini-app'
import type { OpenPage } from './support/page'
import { FIRMS, outboxCode } from '../mock/helpers'
import { LOGIN_CODE, startBackend, type ApiClient } from './support/backend'
import { attrOf, headerValue, textOf, waitFor } from './support/simulate'
import { policySpecs } from './support/policy'
import { casesSpecs, PHOTO, PHOTO_PATH } from './support/cases'
import { mediaSpecs } from './support/media'
import { familySpecs } from './support/family'
import { messagesSpecs } from './support/messages'
import type { RecordedRequest } from './support/wx'

const backend = startBackend()
/** The app's user, signed in with the same wx.login code: sets up and checks what the server holds. */
let user: ApiClient
/** What the server answers, read before the app starts (the seeded catalog is large). */
const seen = {
  profile: {} as Profile,
  facets: {} as Facets,
  personal: {} as ItemPage,
  /** 大家常约的事项 of 线上预约. */
  bookable: [] as ItemSummary[],
}
/** 诊所备案's 咨询电话 in its seeded guide. */
const CLINIC_PHONE = '0472-3360228'
let bearer = ''
const authOf = (req: RecordedRequest | undefined) => headerValue(req?.header ?? {}, 'Authorization')
/** The query of each request to `endpoint`, as `key=value&…` (what the app put on the wire). */
const queriesOf = (app: MiniApp, endpoint: string) =>
  app.wx.requests(endpoint).map((r) => r.query.toString())
const form = (query: Record<string, string>) => new URLSearchParams(query).toString()
/** Titles of the page's cards and sections, top to bottom. */
const sectionTitles = (page: OpenPage) =>
  page.root.querySelectorAll('.gov-section__title').map((node) => textOf(node))
/** The text of every chip (radio) on the page. */
const chips = (page: OpenPage) =>
  page.root.querySelectorAll('.gov-chips__chip').map((node) => textOf(node))
const guideUrl = (id: string) => `/packages/catalog/pages/guide/index?id=${id}`
/** The chip of a scene as the 办事 page shows it: name and count from the facets. */
const sceneChip = (audience: string, name: string) =>
  `${name} ${seen.facets.scenes.find((s) => s.audience === audience && s.name === name)?.count}`
const itemPage = (query: Record<string, string>) =>
  user.call<ItemPage>(
    'GET',
    `/api/v1/catalog/items?${form({ page: '1', pageSize: '20', ...query })}`,
  )
const favoriteIds = async () =>
  (await user.call<{ items: { id: string }[] }>('GET', '/api/v1/me/favorites')).items.map(
    (i) => i.id,
  )

/** What the specs made through the API: before the app starts, or in an earlier page's spec. */
const fixtures = {
  /** The user's own: 企业开办 on 3月4日 10:00 at the 政务服务中心. */
  booking: {} as Appointment,
  /** Another resident's, today at 09:30: the code the window clerk scans. */
  arriving: {} as Appointment,
  /** The 企业开办 code on the 企业智惠服务专区 wall: an official, signed link. */
  guideCode: { link: '', title: '' },
  /** A 房屋租赁 question the user asked and 刘雅琴律师 answered. */
  thread: {} as Consultation,
  /** A 检测 booking of the user the lab has reported on. */
  reported: {} as SamplingBooking,
  /** Set by the pay page's spec: the receipt the receipt page shows. */
  receiptId: '',
  receiptNo: '',
  /** The firm's 纳税信用贷 application, made before the 金融 pages open. */
  application: {} as LoanApplication,
}
const myBookings = async () =>
  (await user.call<{ items: Appointment[] }>('GET', '/api/v1/appointments')).items
const book = (client: ApiClient, itemId: string, slotStart: string, name: string, phone: string) =>
  client.call<Appointment>('POST', '/api/v1/appointments', {
    itemId,
    pointId: centerPoint.id,
    slotStart,
    name,
    phone,
    reminder: 'none',
  })

const specs: Record<string, PageSpec> = {
  'pages/index/index': {
    shows: [
      '智慧政务服务管家',
      '长辈模式',
      '搜索事项，如：企业开办、qykb',
      '办事指南',
      '就近办',
      '我的收藏',
      '实名与企业',
      '隐私保护提示',
      CONTRACT_NAME,
    ],
    async interact(page, app) {
      // Tile icons are shipped SVG drawn by <image> from a base64 data URI (no font glyphs).
      const icons = page.root.querySelectorAll('.gov-icon')
      expect(icons.length).toBeGreaterThanOrEqual(12)
      for (const icon of icons) {
        const src = icon.toJSON().attrs.find((a) => a.name === 'src')?.value
        expect(String(src)).toMatch(/^data:image\/svg\+xml;base64,/)
      }
      expect(page.text()).not.toMatch(/[☰◷▣✎⌂♥★☺⚙◎⚖¥￥⚗⇄▶]/u)
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

      await page.tap('搜索事项，如：企业开办、qykb')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo')).toEqual(['/packages/catalog/pages/search/index']),
      )
      await page.tap('办事指南')
      await waitFor(() => expect(urlsOf(app, 'switchTab')).toEqual(['/pages/services/index']))
      await page.tap('就近办')
      await page.tap('我的收藏')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').slice(1)).toEqual([
          '/packages/points/pages/nearby/index',
          '/packages/catalog/pages/favorites/index',
        ]),
      )
    },
  },
  'pages/services/index': {
    // The seeded catalog lists its personal items 20 per page.
    shows: () => [
      '搜索事项：汉字、拼音或首字母',
      '就近办',
      '我的收藏',
      '✓ 个人办事',
      '法人办事',
      sceneChip('personal', '住房'),
      '✓ 不限',
      '高效办成一件事',
      '新生儿出生一件事',
      '个人办事事项',
      `共 ${seen.personal.total} 项`,
      ...seen.personal.items.slice(0, 20).map((i) => i.name),
      `加载更多（已显示 20 / ${seen.personal.total}）`,
    ],
    async interact(page, app) {
      const total = seen.personal.total
      const [facets] = app.wx.requests('GET /api/v1/catalog/facets')
      expect(authOf(facets)).toBe(bearer)
      const items = () => app.wx.requests('GET /api/v1/catalog/items')
      expect(items().map(authOf)).toEqual([bearer])
      expect(queriesOf(app, 'GET /api/v1/catalog/items')).toEqual([
        form({ audience: 'personal', page: '1', pageSize: '20' }),
      ])
      // Page 2 is not there until asked for.
      const [page2First, page2Last] = [seen.personal.items[20]?.name, seen.personal.items[39]?.name]
      expect(page.text()).not.toContain(page2First)

      await page.tap(`加载更多（已显示 20 / ${total}）`)
      await page.waitForText(`加载更多（已显示 40 / ${total}）`, page2First ?? '', page2Last ?? '')
      expect(page.text()).toContain(seen.personal.items[0]?.name) // appended, not replaced
      expect(queriesOf(app, 'GET /api/v1/catalog/items').at(-1)).toBe(
        form({ audience: 'personal', page: '2', pageSize: '20' }),
      )

      // 8 scenes first, the rest on request; departments on request.
      const personalScenes = seen.facets.scenes.filter((s) => s.audience === 'personal')
      const ninth = personalScenes[8]
      if (!ninth) throw new Error('the seeded catalog has fewer than 9 personal scenes')
      expect(chips(page)).toContain(sceneChip('personal', personalScenes[7]?.name ?? ''))
      expect(chips(page)).not.toContain(sceneChip('personal', ninth.name))
      await page.tap(`展开全部 ${personalScenes.length} 个场景`)
      await page.waitForText(sceneChip('personal', ninth.name))
      await waitFor(() => expect(page.text()).not.toContain('展开全部'))
      expect(chips(page)).not.toContain('青山区民政局')
      await page.tap('按部门查找')
      await waitFor(() => expect(chips(page)).toContain('青山区民政局'))
      const civil = await itemPage({ audience: 'personal', department: '青山区民政局' })
      await page.tap('青山区民政局')
      await page.waitForText('✓ 青山区民政局', `共 ${civil.total} 项`, civil.items[0]?.name ?? '')
      await waitFor(() => expect(page.text()).not.toContain('高效办成一件事'))
      expect(page.text()).not.toContain(seen.personal.items[0]?.name)
      expect(queriesOf(app, 'GET /api/v1/catalog/items').at(-1)).toBe(
        form({ audience: 'personal', department: '青山区民政局', page: '1', pageSize: '20' }),
      )

      const enterprise = await itemPage({ audience: 'enterprise' })
      const startup = sceneChip('enterprise', '企业开办')
      await page.tap('法人办事')
      await page.waitForText(
        '✓ 法人办事',
        '法人办事事项',
        `共 ${enterprise.total} 项`,
        llcSetup.name,
        startup,
      )
      await page.waitForText('诊所备案一件事', '企业开办一件事')
      expect(queriesOf(app, 'GET /api/v1/catalog/items').at(-1)).toBe(
        form({ audience: 'enterprise', page: '1', pageSize: '20' }),
      )
      expect(page.text()).not.toContain('新生儿出生一件事')

      // A scene narrows the list and hides 一件事.
      const startupItems = await itemPage({ audience: 'enterprise', scene: '企业开办' })
      await page.tap(startup)
      await page.waitForText(
        `✓ ${startup}`,
        `共 ${startupItems.total} 项`,
        ...startupItems.items.map((i) => i.name),
      )
      await waitFor(() => expect(page.text()).not.toContain('高效办成一件事'))
      expect(page.text()).not.toContain(enterprise.items[1]?.name) // 不动产转移登记: not 企业开办
      expect(queriesOf(app, 'GET /api/v1/catalog/items').at(-1)).toBe(
        form({ audience: 'enterprise', scene: '企业开办', page: '1', pageSize: '20' }),
      )
      expect(new Set(items().map(authOf))).toEqual(new Set([bearer]))

      await page.tap(llcSetup.name)
      await page.tap('就近办')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').slice(-2)).toEqual([
          guideUrl(llcSetup.id),
          '/packages/points/pages/nearby/index',
        ]),
      )
    },
  },
  'pages/mine/index': {
    shows: () => [
      `已登录 · ${seen.profile.nickname}`,
      '办事身份',
      '个人（已选）',
      '实名信息与企业',
      '未实名',
    ],
    async interact(page, app) {
      // useDidShow refreshes the profile with the session token.
      expect(app.wx.requests('GET /api/v1/me').map(authOf)).toEqual([bearer])
      await page.tap('设置')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe('/packages/account/pages/settings/index'),
      )
    },
  },
  'pages/not-found/index': {
    shows: ['没有找到这个页面', '回到首页', '查找办事事项'],
    async interact(page, app) {
      // WeChat draws its own navigation bar on weapp: no second title bar in the page.
      expect(page.text()).not.toContain('页面不存在')
      await page.tap('回到首页')
      await waitFor(() => expect(urlsOf(app, 'switchTab').at(-1)).toBe('/pages/index/index'))
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
  'packages/account/pages/agents/index': {
    query: { id: 'ent-0001' },
    // The fixture user represents no firm: the page says who may manage 经办人 and sends nothing.
    shows: ['只有企业的法定代表人可以管理经办人授权'],
    async interact(_page, app) {
      expect(app.wx.requests('GET /api/v1/me/enterprises/ent-0001/agents')).toEqual([])
    },
  },
  'packages/account/pages/console-sign-in/index': {
    // Opened without a scanned code: it says where the code is and asks nothing of the server.
    shows: ['请用“扫一扫”扫描电脑上管理后台登录页的二维码'],
    async interact(_page, app) {
      expect(app.wx.requests('POST /api/v1/admin/sign-in/scan')).toEqual([])
    },
  },
  'packages/account/pages/staff-invite/index': {
    shows: ['邀请码', '认领', '扫描邀请二维码'],
    async interact(page, app) {
      await page.tap('认领')
      await page.waitForText('✗填写的信息有误，请按提示修改后重试')
      expect(app.wx.requests('POST /api/v1/staff/invites/claim').map(authOf)).toEqual([bearer])
    },
  },
  'packages/account/pages/identity/index': {
    shows: ['当前办事身份', '个人（已选）', '实名核验', '居民身份证号', '添加企业（法人身份）'],
    async interact(page, app) {
      const start = 'POST /api/v1/me/identity/verifications'
      await page.tap('获取验证码')
      await page.waitForText('✗ 请填写证件上的姓名（至少2个字）')
      expect(app.wx.requests(start)).toEqual([])

      const [nameInput, idInput] = page.root.querySelectorAll('.gov-field__input')
      if (!nameInput || !idInput) throw new Error('the real-name form has no name and id inputs')
      await page.type(nameInput, '王志强')
      await page.type(idInput, '150204198503123156')
      await waitFor(() => expect(page.text()).not.toContain('✗'))
      await page.tap('获取验证码')
      // 王志强 (a doctor who runs 志强全科诊所): his phone on file in the seeded 人口库.
      await page.waitForText('验证码已发送至人口库登记的手机 138****0001')
      const [started] = app.wx.requests(start)
      expect(started?.body).toEqual({ name: '王志强', idNumber: '150204198503123156' })
      expect(authOf(started)).toBe(bearer)

      const [codeInput] = page.root.querySelectorAll('.gov-field__input')
      if (!codeInput) throw new Error('the code step has no input')
      const code = await outboxCode(backend.server, user.token) // the "SMS" the dev verifier sent
      await page.type(codeInput, code)
      await page.tap('确认核验')
      await page.waitForText('已通过实名核验：王**')
      const confirmed = app.wx
        .requests()
        .filter((r) => /^\/api\/v1\/me\/identity\/verifications\/[^/]+\/confirm$/.test(r.path))
      expect(confirmed.map((r) => r.body)).toEqual([{ code }])
      expect((await user.call<Profile>('GET', '/api/v1/me')).realName?.nameMasked).toBe('王**')
    },
  },
  'packages/points/pages/list/index': {
    shows: ['✓ 全部', '商圈服务点', ...servicePoints.map((p) => p.name)],
    async interact(page, app) {
      const points = 'GET /api/v1/service-points'
      expect(queriesOf(app, points)).toEqual([''])
      await page.tap('商圈服务点')
      await page.waitForText('✓ 商圈服务点', mallPoint.address)
      await waitFor(() => expect(page.text()).not.toContain(centerPoint.address))
      expect(page.text()).not.toContain(bankPoint.address)
      expect(queriesOf(app, points).at(-1)).toBe(form({ kind: 'mall' }))
      await page.tap('全部')
      await page.waitForText('✓ 全部', centerPoint.address, mallPoint.address)

      const input = page.byClass('gov-field__input--search')
      expect(attrOf(input, 'placeholder')).toBe('网点名、街道或业务，如：幸福路、社保查询')
      await page.type(input, '幸福路')
      await waitFor(() => {
        expect(page.text()).toContain(streetPoint.address)
        expect(page.text()).not.toContain(centerPoint.address)
      })
      await page.type(input, '火星')
      await page.waitForText('没有找到与“火星”有关的服务网点。')
      const queries = app.wx.requests(points).map((r) => r.query.get('q'))
      expect(queries.slice(-2)).toEqual(['幸福路', '火星'])
      expect(new Set(app.wx.requests(points).map(authOf))).toEqual(new Set([bearer]))
    },
  },
  'packages/points/pages/detail/index': {
    query: { id: bankPoint.id },
    shows: [
      bankPoint.name,
      bankPoint.address,
      '周一至周五 09:00–17:00',
      '周六、周日 09:30–16:00',
      `拨打 ${bankPoint.phone}`,
    ],
    async interact(page, app) {
      const [get] = app.wx.requests(`GET /api/v1/service-points/${bankPoint.id}`)
      expect(authOf(get)).toBe(bearer)
      await page.tap(`拨打 ${bankPoint.phone}`)
      await waitFor(() => expect(app.wx.callsTo('makePhoneCall')).toHaveLength(1))
      expect(app.wx.callsTo('makePhoneCall')[0]?.[0]).toMatchObject({
        phoneNumber: bankPoint.phone,
      })
    },
  },
  'packages/points/pages/nearby/index': {
    shows: [
      '按名称、街道找网点',
      '已按离您的距离由近到远排序',
      `${streetPoint.name}255米`,
      `${bankPoint.name}817米`,
      `${centerPoint.name}1.3公里`,
      `${mallPoint.name}2.8公里`,
      '街道便民服务中心 · 可办 246 项',
    ],
    async interact(page, app) {
      expect(page.text()).not.toContain('未获取到您的位置')
      const nearby = 'GET /api/v1/service-points/nearby'
      expect(app.wx.callsTo('getLocation')).toHaveLength(1)
      expect(app.wx.callsTo('getLocation')[0]?.[0]).toMatchObject({ type: 'gcj02' })
      // Asked only once the position was known, with that position.
      const apis = app.wx.calls.map((c) => c.api)
      const requestAt = app.wx.calls.findIndex(
        (c) =>
          c.api === 'request' && String((c.args[0] as { url: string }).url).includes('/nearby'),
      )
      expect(requestAt).toBeGreaterThan(apis.indexOf('getLocation'))
      const [request] = app.wx.requests(nearby)
      expect(authOf(request)).toBe(bearer)
      expect(request?.query.toString()).toBe(
        form({
          latitude: String(USER_POSITION.latitude),
          longitude: String(USER_POSITION.longitude),
        }),
      )
      // Nearest first, in the list and on the map centred on the user.
      const text = page.text()
      const order = [streetPoint, bankPoint, centerPoint, mallPoint].map((p) =>
        text.indexOf(p.name),
      )
      expect(order).toEqual([...order].sort((a, b) => a - b))
      const map = page.byClass('nearby-map')
      expect([attrOf(map, 'latitude'), attrOf(map, 'longitude')]).toEqual([
        USER_POSITION.latitude,
        USER_POSITION.longitude,
      ])
      const markers = attrOf(map, 'markers') as { title: string; latitude: number }[]
      expect(markers).toHaveLength(servicePoints.length)
      expect(markers.slice(0, 2).map((m) => [m.title, m.latitude])).toEqual(
        [streetPoint, bankPoint].map((p) => [p.name, p.latitude]),
      )
      const titles = markers.map((m) => m.title)
      expect(titles.indexOf(centerPoint.name)).toBeLessThan(titles.indexOf(mallPoint.name))

      await page.tap('导航') // the nearest point's
      await waitFor(() => expect(app.wx.callsTo('openLocation')).toHaveLength(1))
      expect(app.wx.callsTo('openLocation')[0]?.[0]).toMatchObject({
        latitude: streetPoint.latitude,
        longitude: streetPoint.longitude,
        name: streetPoint.name,
        address: streetPoint.address,
      })
      await page.tap('详情')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe(
          `/packages/points/pages/detail/index?id=${streetPoint.id}`,
        ),
      )

      // From a guide (?itemId=): only the points that handle it, until 全部网点 is chosen.
      const forItem = await app.open('packages/points/pages/nearby/index', {
        itemId: clinicFiling.id,
      })
      try {
        await forItem.waitForText('✓ 能办此事项的网点', `${centerPoint.name}1.3公里`)
        expect(forItem.text()).not.toContain(streetPoint.name)
        expect(app.wx.requests(nearby).at(-1)?.query.get('itemId')).toBe(clinicFiling.id)
        await forItem.tap('全部网点')
        await forItem.waitForText('✓ 全部网点', streetPoint.name, mallPoint.name)
        expect(app.wx.requests(nearby).at(-1)?.query.has('itemId')).toBe(false)
      } finally {
        forItem.close()
      }
    },
  },
  'packages/catalog/pages/search/index': {
    shows: ['输入汉字、全拼或首字母都能找到，打错一个字也没关系。'],
    async interact(page, app) {
      const search = 'GET /api/v1/catalog/search'
      const input = page.byClass('gov-field__input--search')
      expect(attrOf(input, 'placeholder')).toBe('事项名称或拼音，如：企业开办、qykb')
      expect(app.wx.requests(search)).toEqual([])
      // Typed key by key: one request once the user pauses.
      const hits = (await user.call<SearchResult>('GET', '/api/v1/catalog/search?q=qykb')).hits
      const names = hits.map((h) => h.item.name)
      expect(names).toContain(llcSetup.name)
      for (const text of ['q', 'qy', 'qyk', 'qykb']) await page.type(input, text)
      await page.waitForText(...names)
      expect(queriesOf(app, search)).toEqual([form({ q: 'qykb' })])
      expect(authOf(app.wx.requests(search)[0])).toBe(bearer)
      // The initials matched 企业开办 at the start of each name: that run is highlighted.
      expect(page.root.querySelectorAll('.item-card__hit').map((node) => textOf(node))).toEqual(
        names.map(() => '企业开办'),
      )
      const positions = names.map((n) => page.text().indexOf(n))
      expect(positions).toEqual([...positions].sort((a, b) => a - b)) // in the server's order
      const second = hits[1]?.item
      if (!second) throw new Error('qykb finds one item only')
      await page.tap(second.name)
      await waitFor(() => expect(urlsOf(app, 'navigateTo').at(-1)).toBe(guideUrl(second.id)))

      const none = await user.call<SearchResult>(
        'GET',
        `/api/v1/catalog/search?q=${encodeURIComponent('火星办证')}`,
      )
      expect(none.hits).toEqual([])
      await page.type(input, '火星办证')
      await page.waitForText(
        '没有找到与“火星办证”有关的事项。',
        '大家常办的事项',
        ...none.related.map((i) => i.name),
      )
      expect(page.text()).not.toContain(second.name)
      expect(queriesOf(app, search).at(-1)).toBe(form({ q: '火星办证' }))
      await page.tap('拨打 12345 政务服务便民热线')
      await waitFor(() =>
        expect(app.wx.callsTo('makePhoneCall').at(-1)?.[0]).toMatchObject({ phoneNumber: '12345' }),
      )
    },
  },
  'packages/catalog/pages/guide/index': {
    query: { id: clinicFiling.id },
    shows: [
      clinicFiling.name,
      `实施编码（窗口查询用）：${clinicFiling.code}`,
      '承诺时限：1个工作日（受理次日起算）',
      '法律没有规定办理期限，按上面的承诺时限办结',
      '到现场次数：最多跑一次',
      '收费：不收费',
      '通办：全市通办、全区通办',
      '收藏此事项',
      '第1步 申请',
      '青山区政务服务中心诊所备案一件事综合服务窗口 24号窗口',
      '问：备案后可以马上开业吗？',
      `咨询电话：${CLINIC_PHONE}`,
      `电话咨询 ${CLINIC_PHONE}`,
    ],
    async interact(page, app) {
      expect(sectionTitles(page)).toEqual([
        '可与其他事项一起办',
        '申请条件',
        '申报材料',
        '办理流程',
        '办理地点与时间',
        '设定依据',
        '常见问题',
        '事项信息',
        '咨询与投诉',
      ])
      const [get] = app.wx.requests(`GET /api/v1/catalog/items/${clinicFiling.id}`)
      expect(authOf(get)).toBe(bearer)

      const favorite = `/api/v1/me/favorites/${clinicFiling.id}`
      await page.tap('收藏此事项')
      await page.waitForText('已收藏（点此取消）')
      expect(app.wx.requests(`PUT ${favorite}`).map(authOf)).toEqual([bearer])
      expect(await favoriteIds()).toContain(clinicFiling.id)
      await page.tap('已收藏（点此取消）')
      await page.waitForText('收藏此事项')
      expect(app.wx.requests(`DELETE ${favorite}`).map(authOf)).toEqual([bearer])
      expect(await favoriteIds()).not.toContain(clinicFiling.id)

      await page.tap(`电话咨询 ${CLINIC_PHONE}`)
      await waitFor(() =>
        expect(app.wx.callsTo('makePhoneCall').at(-1)?.[0]).toMatchObject({
          phoneNumber: CLINIC_PHONE,
        }),
      )
      await page.tap(clinicBundle.name)
      await page.tap('找离我最近的办理网点')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').slice(-2)).toEqual([
          `/packages/catalog/pages/bundle/index?id=${clinicBundle.id}`,
          `/packages/points/pages/nearby/index?itemId=${clinicFiling.id}`,
        ]),
      )
    },
  },
  'packages/catalog/pages/bundle/index': {
    query: { id: clinicBundle.id },
    shows: [
      clinicBundle.name,
      '一起办：承诺1个工作日内全部办结，最多跑一次',
      '分别办：3个事项一项接一项办合计3个工作日（最慢的一项1个工作日），最多跑一次',
      '一起办比一项接一项办少2个工作日',
      '材料从 22 份合并为 16 份，少交 6 份',
      '包含 3 个事项',
      doctorChange.name,
      nurseChange.name,
      clinicFiling.name,
      `3个事项共用，只交一次：${doctorChange.name}、${nurseChange.name}、${clinicFiling.name}`,
      `2个事项共用，只交一次：${doctorChange.name}、${clinicFiling.name}`,
      '· 申请人姓名（3个事项共用）',
    ],
    async interact(page, app) {
      const [get] = app.wx.requests(`GET /api/v1/catalog/bundles/${clinicBundle.id}`)
      expect(authOf(get)).toBe(bearer)
      // The shared 居民身份证 is listed once, not once per item.
      expect(page.text().split('居民身份证原件和复印件')).toHaveLength(2)
      await page.tap(nurseChange.name)
      await waitFor(() => expect(urlsOf(app, 'navigateTo').at(-1)).toBe(guideUrl(nurseChange.id)))
    },
  },
  'packages/booking/pages/start/index': {
    shows: () => ['我的预约', '大家常约的事项', ...seen.bookable.map((i) => i.name)],
    async interact(page, app) {
      expect(queriesOf(app, 'GET /api/v1/appointments/items')).toEqual([''])
      const [first] = seen.bookable
      await page.tap(first?.name ?? '')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe(
          `/packages/booking/pages/book/index?itemId=${first?.id}`,
        ),
      )
    },
  },
  'packages/booking/pages/book/index': {
    query: { itemId: clinicFiling.id },
    shows: [`预约办理：${clinicFiling.name}`, '第1步，共4步', '选择办理网点', '在这里办'],
    async interact(page, app) {
      expect(queriesOf(app, 'GET /api/v1/service-points/nearby').at(-1)).toContain(
        `itemId=${clinicFiling.id}`,
      )
      await page.tap('在这里办')
      // 3月4日: 14 half-hour slots of 5 places; five residents took 09:00, the user 10:00.
      await page.waitForText('第2步，共4步', '3月4日', '周三 余64个', '3月3日', '周二 余70个')
      await page.tap('3月4日')
      await page.waitForText('第3步，共4步', '09:00', '已约满', '09:30', '余5个')
      await page.tap('09:00') // full: nothing happens
      expect(page.text()).toContain('选择时段')
      await page.tap('09:30')
      await page.waitForText(
        '确认预约信息',
        `网点：${centerPoint.name}`,
        '时间：3月4日 周三 09:30',
        // The server remembers who booked last time (the 企业开办 booking).
        '预约人：张*',
      )
      await page.tap('换一个预约人')
      await page.tap('确认预约')
      await page.waitForText('✗ 请填写预约人姓名')
      expect(app.wx.requests('POST /api/v1/appointments')).toEqual([])
      const [name, phone] = page.root.querySelectorAll('.gov-field__input')
      if (!name || !phone) throw new Error('the confirm step has no name and phone inputs')
      await page.type(name, '张三')
      await page.type(phone, '13812345678')
      await page.tap('确认预约')
      await waitFor(() => expect(app.wx.requests('POST /api/v1/appointments')).toHaveLength(1))
      const [post] = app.wx.requests('POST /api/v1/appointments')
      expect(post?.body).toEqual({
        itemId: clinicFiling.id,
        pointId: centerPoint.id,
        slotStart: '2026-03-04T01:30:00.000Z',
        name: '张三',
        phone: '13812345678',
        reminder: 'none',
      })
      expect(headerValue(post?.header ?? {}, 'Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/)
      const booked = (await myBookings()).find((a) => a.itemId === clinicFiling.id)
      expect(booked).toMatchObject({ date: '2026-03-04', time: '09:30', status: 'booked' })
      await waitFor(() =>
        expect(urlsOf(app, 'redirectTo').at(-1)).toBe(
          `/packages/booking/pages/detail/index?id=${booked?.id}&booked=1`,
        ),
      )
    },
  },
  'packages/booking/pages/list/index': {
    shows: ['✓ 待办理', '历史预约', clinicFiling.name, llcSetup.name, centerPoint.name, '待办理'],
    async interact(page, app) {
      expect(queriesOf(app, 'GET /api/v1/appointments').at(-1)).toBe('scope=upcoming')
      await page.tap('历史预约')
      await waitFor(() =>
        expect(queriesOf(app, 'GET /api/v1/appointments').at(-1)).toBe('scope=past'),
      )
    },
  },
  'packages/booking/pages/detail/index': {
    query: () => ({ id: fixtures.booking.id }),
    shows: () => [
      '签到码',
      fixtures.booking.code,
      `事项：${llcSetup.name}`,
      '预约人：张*（138****5678）',
      '改约其他时间',
      '取消预约',
    ],
    async interact(page, app) {
      const { booking } = fixtures
      await page.tap('改约其他时间')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe(
          `/packages/booking/pages/book/index?itemId=${llcSetup.id}&from=${booking.id}`,
        ),
      )
      await page.tap('取消预约')
      await page.waitForText('确定取消这次预约吗？取消后时段会让给其他人。')
      await page.tap('确定取消预约')
      await page.waitForText('已取消')
      expect(app.wx.requests(`POST /api/v1/appointments/${booking.id}/cancel`)).toHaveLength(1)
      expect(page.text()).not.toContain(booking.code)
      const stored = await user.call<Appointment>('GET', `/api/v1/appointments/${booking.id}`)
      expect(stored.status).toBe('cancelled')
    },
  },
  'packages/booking/pages/check-in/index': {
    // The user is also a window clerk of the 政务服务中心 (granted by the admin in beforeAll).
    shows: ['扫描签到码', '签到码', '签到并取号'],
    async interact(page, app) {
      await page.tap('扫描签到码')
      await page.waitForText('签到成功，排队号', '1号', `事项：${clinicFiling.name}`)
      expect(app.wx.callsTo('scanCode')[0]?.[0]).toMatchObject({ onlyFromCamera: true })
      const [post] = app.wx.requests('POST /api/v1/staff/check-ins')
      expect(post?.body).toEqual({ code: fixtures.arriving.code })
    },
  },
  'packages/qr/pages/scan/index': {
    // WeChat opens this page with a scanned ordinary link as `q`.
    query: () => ({ q: encodeURIComponent(fixtures.guideCode.link) }),
    shows: ['扫一扫', '扫不了？输入二维码下方的文字'],
    async interact(page, app) {
      const { link, title } = fixtures.guideCode
      await waitFor(() =>
        expect(urlsOf(app, 'redirectTo').at(-1)).toBe(
          `${guideUrl(llcSetup.id)}&official=${encodeURIComponent(title)}`,
        ),
      )
      expect(app.wx.requests('POST /api/v1/qr/resolve')[0]?.body).toEqual({ text: link })
      await page.tap('扫一扫')
      await page.waitForText('✗ 非本平台官方二维码', '这不是本平台签发的二维码。', '重新扫码')
      // The album is allowed: a code saved as a picture or photographed earlier reads too.
      expect(app.wx.callsTo('scanCode').at(-1)?.[0]).toMatchObject({ onlyFromCamera: false })
      const redirects = urlsOf(app, 'redirectTo').length
      await page.tap('重新扫码')
      await page.waitForText('扫一扫')
      expect(urlsOf(app, 'redirectTo')).toHaveLength(redirects)
    },
  },
  'packages/qr/pages/zone/index': {
    query: { id: 'enterprise', official: encodeURIComponent('企业智惠服务专区') },
    shows: [
      '✓ 官方码',
      '企业智惠服务专区',
      `位置：${centerPoint.name}`,
      '企业开办',
      '公章刻制备案',
      '政务服务中心取号',
    ],
    async interact(page, app) {
      await page.tap('政务服务中心取号')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toContain(
          `/packages/qr/pages/queue/index?pointId=${centerPoint.id}`,
        ),
      )
    },
  },
  'packages/qr/pages/queue/index': {
    query: { pointId: centerPoint.id },
    shows: ['取号'],
    async interact(page, app) {
      await page.tap('取号')
      await page.waitForText('A001', '前面还有 0 人，预计等候约 0 分钟')
      const [post] = app.wx.requests('POST /api/v1/queue/tickets')
      expect(post?.body).toEqual({ pointId: centerPoint.id })
      expect(headerValue(post?.header ?? {}, 'Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/)
    },
  },
  'packages/qr/pages/campaign/index': {
    query: { id: 'gift-2026' },
    shows: ['扫码享政务礼包', '· 办件结果免费邮寄到家1次', '领取政务礼包'],
    async interact(page) {
      await page.tap('领取政务礼包')
      await page.waitForText('到服务点出示此页即可使用')
    },
  },
  'packages/qr/pages/verify/index': {
    shows: ['粘贴收到的短信、链接或聊天内容', '检查是否官方'],
    async interact(page, app) {
      const [box] = page.root.querySelectorAll('.qr-verify__input')
      if (!box) throw new Error('the verify page has no text box')
      const { link } = fixtures.guideCode
      await page.type(box, `补贴限时领取 https://bt-gov.cc/x 还有 ${link}`)
      // The button turns active once the typed text is in the page's data.
      await waitFor(() =>
        expect(page.root.querySelectorAll('.gov-button--inactive')).toHaveLength(0),
      )
      await page.tap('检查是否官方')
      await page.waitForText(
        '✓ 官方码',
        '含有非本平台网址：https://bt-gov.cc/x',
        '政府补贴不会通过短信链接发放',
      )
      expect(app.wx.requests('POST /api/v1/qr/resolve').at(-1)?.body).toEqual({ text: link })
    },
  },
  'packages/qr/pages/records/index': {
    shows: () => [`✓ 官方码 · ${fixtures.guideCode.title}`],
  },
  'packages/catalog/pages/favorites/index': {
    // The user starred the nurse item before the app started (see beforeAll below).
    shows: [nurseChange.name, '青山区卫生健康委员会 · 行政许可'],
    async interact(page, app) {
      const list = 'GET /api/v1/me/favorites'
      expect(app.wx.requests(list).length).toBeGreaterThan(0)
      expect(new Set(app.wx.requests(list).map(authOf))).toEqual(new Set([bearer]))
      expect(page.text()).not.toContain(clinicFiling.name)

      // In the guides: un-star the nurse item, star 诊所备案 …
      const nurse = await app.open('packages/catalog/pages/guide/index', { id: nurseChange.id })
      await nurse.waitForText(nurseChange.name, '已收藏（点此取消）') // the server says so
      await nurse.tap('已收藏（点此取消）')
      await nurse.waitForText('收藏此事项')
      nurse.close()
      const clinic = await app.open('packages/catalog/pages/guide/index', { id: clinicFiling.id })
      await clinic.waitForText(clinicFiling.name, '收藏此事项')
      await clinic.tap('收藏此事项')
      await clinic.waitForText('已收藏（点此取消）')
      clinic.close()
      expect(await favoriteIds()).toEqual([clinicFiling.id])

      // … and back on 我的收藏 the list is what the server now has.
      const before = app.wx.requests(list).length
      page.root.triggerPageLifeTime('show')
      await page.waitForText(clinicFiling.name)
      await waitFor(() => expect(page.text()).not.toContain(nurseChange.name))
      expect(app.wx.requests(list).length).toBeGreaterThan(before)

      await page.tap(clinicFiling.name)
      await waitFor(() => expect(urlsOf(app, 'navigateTo').at(-1)).toBe(guideUrl(clinicFiling.id)))
    },
  },
  ...policySpecs(() => user),
  'packages/legal/pages/index/index': {
    shows: [
      '遇到什么问题？',
      '合同纠纷',
      '交通事故',
      '法律知识库',
      '问律师',
      '法律援助预审',
      '律师已回复您 1 条咨询，点开查看',
      '退租后房东一直不退押金怎么办',
      '● 律师有新回复（未读）',
    ],
    async interact(page, app) {
      expect(page.text()).not.toContain('律师工作台') // residents do not see the desk
      expect(authOf(app.wx.requests('GET /api/v1/legal/consultations')[0])).toBe(bearer)
      await page.tap('劳务争议/欠薪')
      await page.tap('退租后房东一直不退押金怎么办')
      await page.tap('法律援助预审')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').slice(-3)).toEqual([
          '/packages/legal/pages/intake/index?topic=labor',
          `/packages/legal/pages/thread/index?id=${fixtures.thread.id}`,
          '/packages/legal/pages/aid/index',
        ]),
      )
    },
  },
  'packages/legal/pages/intake/index': {
    query: { topic: 'labor' },
    shows: ['劳务争议/欠薪：回答几个问题', '主要是什么问题？', '拖欠工资', '点此选择日期'],
    async interact(page, app) {
      const assess = 'POST /api/v1/legal/assessments'
      await page.tap('生成案情摘要和时效')
      await page.waitForText(
        '✗ 请选择：主要是什么问题？',
        '✗ 请选择日期：您哪天知道自己的权益受到侵害？',
      )
      expect(app.wx.requests(assess)).toEqual([])
      expect(page.text()).not.toContain('哪天离职') // asked only after 已经离职

      await page.tap('拖欠工资')
      await page.tap('已经离职或被辞退')
      await page.tap('没签过')
      await page.waitForText('哪天离职（或被辞退）的？')
      const [left, known] = page.root.querySelectorAll('.legal-date-picker')
      if (!left || !known) throw new Error('the labour intake has two date pickers')
      left.dispatchEvent('change', { detail: { value: '2025-06-30' } })
      known.dispatchEvent('change', { detail: { value: '2025-05-15' } })
      await page.waitForText('2025-06-30（点此修改）', '2025-05-15（点此修改）')
      expect(app.wx.writes('gov.draft.legal-intake-labor').length).toBeGreaterThan(0)

      await page.tap('生成案情摘要和时效')
      await page.waitForText(
        '6月30日 周二，还剩 120 天',
        '起算日：2025年6月30日 周一',
        '· 离职日期：2025-06-30',
        '□ 能证明劳动关系的材料',
      )
      expect(app.wx.requests(assess).at(-1)?.body).toEqual({
        topic: 'labor',
        answers: {
          issue: 'wages',
          employed: 'no',
          left: '2025-06-30',
          known: '2025-05-15',
          contract: 'no',
        },
      })
    },
  },
  'packages/legal/pages/knowledge/index': {
    shows: ['✓ 全部', '共 84 条', '法律依据：'],
    async interact(page, app) {
      const kb = 'GET /api/v1/legal/knowledge'
      // All 84 answers at once stay well inside WeChat's 256 KB setData limit.
      const sizes = app.setData
        .filter((r) => r.route === 'packages/legal/pages/knowledge/index')
        .map((r) => r.bytes)
      expect(Math.max(...sizes)).toBeLessThan(128 * 1024)
      expect(queriesOf(app, kb)).toEqual([''])
      await page.type('gov-field__input--search', '押金')
      // Typing waits for a pause, then asks once.
      await waitFor(() => expect(queriesOf(app, kb)).toEqual(['', form({ q: '押金' })]))
      await waitFor(() => expect(page.text()).not.toContain('共 84 条'))
      await page.waitForText('问：退租后房东不退押金怎么办？')
      await page.tap('交通事故')
      await page.waitForText('✓ 交通事故', '没有找到与“押金”有关的问答')
      expect(queriesOf(app, kb).at(-1)).toBe(form({ q: '押金', topic: 'traffic' }))
    },
  },
  'packages/guide/pages/ask/index': {
    shows: ['说说您要办什么', '帮我看看怎么办', '我要开饭店', '补办社保卡'],
    async interact(page, app) {
      await page.tap('我要开饭店')
      await page.waitForText('您是以个体工商户还是公司开办？', '个体工商户', '公司')
      await page.tap('公司')
      await page.waitForText('企业开办一件事', '要带的材料', '去哪儿办', '一键代办：企业开办一件事')
      expect(app.wx.requests('POST /api/v1/guide/ask').map((r) => r.body)).toEqual([
        { text: '我要开饭店', answers: [] },
        { text: '我要开饭店', answers: [{ question: 'restaurant-form', choice: 'company' }] },
      ])
      await page.tap('一键代办：企业开办一件事')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe(
          '/packages/cases/pages/apply/index?kind=bundle&id=bundle-enterprise-setup',
        ),
      )
    },
  },
  'packages/legal/pages/ask/index': {
    shows: ['向律师提问', '问题类型', '选择律师', '王建华律师', '执业12年'],
    async interact(page, app) {
      const create = 'POST /api/v1/legal/consultations'
      await page.tap('提交问题')
      await page.waitForText('✗ 请选择咨询的问题类型', '✗ 请选择一位律师')
      expect(app.wx.requests(create)).toEqual([])
      await page.tap('劳务争议/欠薪')
      await page.tap('王建华律师')
      const question = '包工头拖欠我三个月工资一万二，电话也不接了，怎么办？'
      await page.type('gov-field__textarea', question)
      await page.tap('提交问题')
      await waitFor(() => expect(app.wx.requests(create)).toHaveLength(1))
      const [sent] = app.wx.requests(create)
      expect(sent?.body).toEqual({ lawyerId: 'lawyer-1', topic: 'labor', question })
      expect(headerValue(sent?.header ?? {}, 'Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/)
      const { items } = await user.call<{ items: Consultation[] }>(
        'GET',
        '/api/v1/legal/consultations',
      )
      const created = items.find((c) => c.topic === 'labor')
      expect(created).toMatchObject({ topic: 'labor', lawyerName: '王建华律师', status: 'waiting' })
      await waitFor(() =>
        expect(urlsOf(app, 'redirectTo').at(-1)).toBe(
          `/packages/legal/pages/thread/index?id=${created?.id}`,
        ),
      )
    },
  },
  'packages/legal/pages/thread/index': {
    query: () => ({ id: fixtures.thread.id }),
    shows: [
      '退租后房东一直不退押金怎么办',
      '房屋租赁 · 刘雅琴律师 · 律师已答复',
      '请先书面催告房东，写明退还期限，并保留交钥匙的记录。',
      '补充或追问',
    ],
    async interact(page, app) {
      await page.tap('发送')
      await page.waitForText('✗ 请填写回复内容')
      await page.type('gov-field__textarea', '房东说押金要扣清洁费，合理吗？')
      await page.tap('发送')
      await page.waitForText('房东说押金要扣清洁费，合理吗？', '等待律师答复')
      const [sent] = app.wx.requests(
        `POST /api/v1/legal/consultations/${fixtures.thread.id}/messages`,
      )
      expect(sent?.body).toEqual({ body: '房东说押金要扣清洁费，合理吗？' })
    },
  },
  'packages/legal/pages/aid/index': {
    shows: ['1. 要解决什么事？', '讨要工资（劳动报酬）', '2. 您的情况', '进城务工人员'],
    async interact(page, app) {
      await page.tap('开始预审')
      await page.waitForText('请选择要解决的事情')
      await page.tap('讨要工资（劳动报酬）')
      await page.tap('进城务工人员')
      // As a person would: tap 开始预审 once both choices show as chosen.
      await page.waitForText('讨要工资（劳动报酬）（已选）', '进城务工人员（已选）')
      await page.tap('开始预审')
      await page.waitForText(
        '很可能符合条件：事项在法律援助范围内，且免予核查经济困难状况',
        '□ 居民身份证（代理人另带身份证和代理关系证明）',
        '去哪里申请',
      )
      expect(app.wx.requests('POST /api/v1/legal/aid-checks').at(-1)?.body).toEqual({
        matter: 'wages',
        situation: 'migrant_worker',
      })
    },
  },
  'packages/legal/pages/desk/index': {
    // The test user is a resident: the desk refuses in words and offers 重试.
    shows: ['没能加载出来', '仅限入驻律师使用，请使用律师账号登录', '重试'],
  },
  'packages/life/pages/index/index': {
    shows: [
      '沙箱支付（演示）：不会真实扣款',
      '还没有绑定户号',
      '绑定户号',
      '暖气费',
      '户号9位，见供热缴费通知单',
    ],
    async interact(page, app) {
      const bind = 'POST /api/v1/utilities/accounts'
      await page.tap('水费')
      const input = page.byClass('gov-field__input')
      await page.type(input, WATER_TYPO)
      await page.tap('绑定户号')
      await page.waitForText('✗ 户号最后一位校验码不正确，请核对是否输错')
      expect(app.wx.requests(bind)).toEqual([])
      await page.type(input, WATER_NUMBER)
      const holderCheck = page.root.querySelectorAll('.gov-field__input')[1]
      if (!holderCheck) throw new Error('the bind form asks nothing only the household knows')
      await page.type(holderCheck, '张')
      await page.tap('绑定户号')
      await page.waitForText(
        '户号已绑定',
        `水费 · 户号 ${WATER_NUMBER} · 张**`,
        '待缴 2 笔，共 ¥82.25',
      )
      const [sent] = app.wx.requests(bind)
      expect(sent?.body).toEqual({ kind: 'water', number: WATER_NUMBER, holderCheck: '张' })
      await page.tap(`水费 · 户号 ${WATER_NUMBER} · 张**`)
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe(
          '/packages/life/pages/bills/index?account=water-1',
        ),
      )
    },
  },
  'packages/life/pages/bills/index': {
    query: { account: 'water-1' },
    shows: [
      '收费单位',
      '包头市水务（集团）有限公司',
      '2026年2月',
      '2026年1月',
      '缴费 ¥38.50',
      '缴费 ¥43.75',
    ],
    async interact(page, app) {
      await page.tap('缴费 ¥43.75')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe(
          '/packages/life/pages/pay/index?account=water-1&bill=water-1-2026-01',
        ),
      )
    },
  },
  'packages/life/pages/pay/index': {
    query: { account: 'water-1', bill: 'water-1-2026-02' },
    shows: ['沙箱支付（演示）', '确认缴费', '¥38.50', '2026年2月', '确认支付 ¥38.50（沙箱）'],
    async interact(page, app) {
      const pay = 'POST /api/v1/utilities/payments'
      await page.tap('确认支付 ¥38.50（沙箱）')
      await waitFor(() =>
        expect(urlsOf(app, 'redirectTo').at(-1)).toMatch(
          /^\/packages\/life\/pages\/receipt\/index\?id=[0-9a-f-]{36}$/,
        ),
      )
      fixtures.receiptId = String(urlsOf(app, 'redirectTo').at(-1)?.split('id=')[1])
      const receipt = await user.call<Receipt>(
        'GET',
        `/api/v1/utilities/payments/${fixtures.receiptId}`,
      )
      expect(receipt).toMatchObject({ billId: 'water-1-2026-02', amountCents: 3850 })
      fixtures.receiptNo = receipt.receiptNo
      const [sent] = app.wx.requests(pay)
      expect(sent?.body).toEqual({ billId: 'water-1-2026-02' })
      expect(headerValue(sent?.header ?? {}, 'Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/)
    },
  },
  'packages/life/pages/receipt/index': {
    query: () => ({ id: fixtures.receiptId }), // paid on the pay page's spec above
    shows: () => [
      '缴费成功（沙箱演示，未真实扣款）',
      '回执号',
      fixtures.receiptNo,
      '¥38.50',
      '沙箱支付（演示）',
    ],
  },
  'packages/finance/pages/index/index': {
    // Still acting as 王志强's clinic (see the policy pages): it assessed itself and applied once.
    async before() {
      await user.call('POST', '/api/v1/finance/credit-assessments', {
        years: '3to5',
        revenue: '100to500',
        taxRating: 'A',
        overdue: 'none',
        collateral: 'no',
        qualification: 'none',
      })
      fixtures.application = await user.call<LoanApplication>(
        'POST',
        '/api/v1/finance/applications',
        {
          productId: 'abc-tax-credit',
          amount: '80',
          purpose: '采购钢材原材料',
          materialsReady: 'yes',
        },
      )
    },
    shows: [
      '信用自评',
      '我的贷款申请',
      '小微企业纳税信用贷 · 80万元',
      '… 已提交，等待银行受理',
      '政银合作贷款产品',
      '小微企业创业担保贷款',
      '中国农业银行包头青山支行 · 创业担保贷款',
      '额度：10万–400万元',
      '华夏银行包头分行 · 抵押贷',
    ],
    async interact(page, app) {
      expect(page.text()).not.toContain('银行工作台') // residents do not see the desk
      await page.tap('信用自评')
      await page.tap('小微企业纳税信用贷 · 80万元')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').slice(-2)).toEqual([
          '/packages/finance/pages/credit/index',
          `/packages/finance/pages/application/index?id=${fixtures.application.id}`,
        ]),
      )
    },
  },
  'packages/finance/pages/credit/index': {
    shows: ['企业信用自评', '成立年限', '纳税信用等级', 'M级（新设立企业）', '开始自评'],
    async interact(page, app) {
      const assess = 'POST /api/v1/finance/credit-assessments'
      await page.tap('开始自评')
      await page.waitForText('✗ 请选择成立年限', '✗ 请选择企业资质')
      expect(app.wx.requests(assess)).toEqual([])
      for (const answer of ['1至3年', '100万至500万元', 'B级', '没有逾期', '有', '高新技术企业'])
        await page.tap(answer)
      await waitFor(() => expect(page.text()).not.toContain('✗'))
      await page.tap('开始自评')
      // 60 + 0 + 0 + 8 + 5 + 5 + 8 = 86
      await page.waitForText(
        'A级 · 86分',
        '↑ 加8分：纳税信用B级',
        '✗ 要求正常经营满2年',
        '申请科技型企业信用贷',
      )
      expect(app.wx.requests(assess).at(-1)?.body).toEqual({
        years: '1to3',
        revenue: '100to500',
        taxRating: 'B',
        overdue: 'none',
        collateral: 'yes',
        qualification: 'high_tech',
      })
      expect(page.text()).toContain('B级（已选）') // the answers stay after the result
      await page.tap('申请科技型企业信用贷')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe(
          '/packages/finance/pages/apply/index?product=hx-tech-credit&grade=A',
        ),
      )
    },
  },
  'packages/finance/pages/apply/index': {
    query: { product: 'hx-property-mortgage', grade: 'B' },
    shows: ['申请小微企业房产抵押贷', '额度 50万–1000万元 · 信用自评 B 级', '□ 不动产权证书'],
    async interact(page, app) {
      const create = 'POST /api/v1/finance/applications'
      await page.tap('提交申请')
      await page.waitForText(
        '✗ 请用数字填写申请金额（单位：万元），如 50',
        '✗ 请先备齐并确认全部申请材料',
      )
      expect(app.wx.requests(create)).toEqual([])
      const [amount, purpose] = page.root.querySelectorAll('.gov-field__input')
      if (!amount || !purpose) throw new Error('the application form has amount and purpose inputs')
      await page.type(amount, '200')
      await page.type(purpose, '购置生产设备')
      await page.tap('以上材料已全部备齐')
      await waitFor(() => expect(page.text()).not.toContain('✗'))
      await page.tap('提交申请')
      await waitFor(() => expect(app.wx.requests(create)).toHaveLength(1))
      const [sent] = app.wx.requests(create)
      expect(sent?.body).toEqual({
        productId: 'hx-property-mortgage',
        amount: '200',
        purpose: '购置生产设备',
        // The grade is the server's stored assessment, never sent by the phone.
        materialsReady: 'yes',
      })
      expect(headerValue(sent?.header ?? {}, 'Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/)
      const [created] = (
        await user.call<{ items: LoanApplication[] }>('GET', '/api/v1/finance/applications')
      ).items.filter((a) => a.productId === 'hx-property-mortgage')
      expect(created).toMatchObject({ amount: 200, purpose: '购置生产设备', status: 'submitted' })
      await waitFor(() =>
        expect(urlsOf(app, 'redirectTo').at(-1)).toBe(
          `/packages/finance/pages/application/index?id=${created?.id}`,
        ),
      )
    },
  },
  'packages/finance/pages/application/index': {
    query: () => ({ id: fixtures.application.id }),
    shows: [
      '小微企业纳税信用贷',
      `申请企业：${FIRMS.clinic.name}`,
      '申请金额：80万元',
      '● 已提交申请',
      '○ 银行审核中',
      '… 已提交，等待银行受理',
    ],
    async interact(page) {
      expect(page.text()).not.toContain('银行处理') // the applicant cannot decide
    },
  },
  'packages/finance/pages/bank/index': {
    shows: ['没能加载出来', '仅限合作银行工作人员使用，请使用银行账号登录', '重试'],
  },
  'packages/telecom/pages/index/index': {
    shows: [
      '✓ 家庭宽带',
      '移动300M宽带',
      '月费 50元，安装费 0元，首年合计 600元',
      '联通300M宽带',
      '电信500M宽带',
      '选2至3个套餐“加入比价”',
    ],
    async interact(page, app) {
      const plans = 'GET /api/v1/telecom/plans'
      expect(queriesOf(app, plans)).toEqual([form({ kind: 'home' })])
      // Cheapest first year first.
      const text = page.text()
      expect(text.indexOf('移动300M宽带')).toBeLessThan(text.indexOf('联通300M宽带'))
      await page.tap('加入比价：移动300M宽带')
      await page.tap('加入比价：电信500M宽带')
      await page.waitForText(
        '✓ 已加入比价：移动300M宽带（点此移出）',
        '首年合计',
        '600元（最省）',
        '1048元',
      )
      expect(page.root.querySelectorAll('.telecom-table__row')).toHaveLength(8)
      await page.tap('✓ 已加入比价：电信500M宽带（点此移出）')
      await waitFor(() => expect(page.root.querySelectorAll('.telecom-table__row')).toHaveLength(0))
      await page.tap('企业专线')
      await page.waitForText('✓ 企业专线', '电信200M互联网专线', '固定公网IP 4个')
      expect(queriesOf(app, plans).at(-1)).toBe(form({ kind: 'line' }))
      await page.tap('办理电信200M互联网专线')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe(
          '/packages/telecom/pages/request/index?plan=telecom-line-200',
        ),
      )
    },
  },
  'packages/telecom/pages/request/index': {
    query: { plan: 'telecom-line-200' },
    shows: [
      '办理电信200M互联网专线',
      '中国电信 · 月费 1800元 · 首年合计 21600元',
      '我的办理预约',
      '还没有办理预约。',
    ],
    async interact(page, app) {
      const create = 'POST /api/v1/telecom/requests'
      await page.tap('提交办理预约')
      await page.waitForText('✗ 请填写联系人姓名', '✗ 请填写手机号', '✗ 请填写安装地址')
      expect(app.wx.requests(create)).toEqual([])
      const [contact, phone, address] = page.root.querySelectorAll('.gov-field__input')
      if (!contact || !phone || !address) throw new Error('the request form has three inputs')
      await page.type(contact, '王志强')
      await page.type(phone, '13847200001')
      await page.type(address, '青山区文化路28号')
      await waitFor(() => expect(page.text()).not.toContain('✗'))
      await page.tap('提交办理预约')
      await page.waitForText('已提交，受理编号')
      const [order] = (
        await user.call<{ items: TelecomOrder[] }>('GET', '/api/v1/telecom/requests')
      ).items
      expect(order?.refNo).toMatch(/^TX20260302[0-9A-F]{6}$/) // 受理编号: the day, then 6 random
      await page.waitForText(
        `已提交，受理编号 ${order?.refNo}`,
        `电信200M互联网专线 · 受理编号 ${order?.refNo}`,
      )
      expect(app.wx.requests(create)[0]?.body).toEqual({
        planId: 'telecom-line-200',
        contact: '王志强',
        phone: '13847200001',
        address: '青山区文化路28号',
      })
    },
  },
  'packages/labs/pages/index/index': {
    shows: [
      '我的检测预约',
      '房屋环境检测（甲醛、TVOC、苯） · 3月3日 周二 上午 9:00–12:00',
      '✓ 报告已出具，点此查看',
      '✓ 房屋环境检测',
      '青山区示例室内环境检测有限公司',
      '资质认定：CMA 示例-150204-001',
    ],
    async interact(page, app) {
      expect(page.text()).not.toContain('检测机构工作台')
      await page.tap('产品质量检测')
      await page.waitForText('✓ 产品质量检测', '包头市示例产品质量检验中心')
      await waitFor(() => expect(page.text()).not.toContain('青山区示例室内环境检测有限公司'))
      expect(queriesOf(app, 'GET /api/v1/testing/labs').at(-1)).toBe(form({ service: 'product' }))
      await page.tap('预约包头市示例产品质量检验中心上门采样')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe(
          '/packages/labs/pages/book/index?lab=lab-quality&service=product',
        ),
      )
    },
  },
  'packages/labs/pages/book/index': {
    query: { lab: 'lab-env', service: 'air' },
    shows: [
      '预约上门采样',
      '青山区示例室内环境检测有限公司 · 房屋环境检测',
      '点此选择日期',
      '采样前请关闭门窗12小时以上',
    ],
    async interact(page, app) {
      const create = 'POST /api/v1/testing/bookings'
      await page.tap('提交预约')
      await page.waitForText('✗ 请选择上门采样日期', '✗ 请选择上午或下午', '✗ 请填写采样地址')
      expect(app.wx.requests(create)).toEqual([])
      page.byClass('lab-date-picker').dispatchEvent('change', { detail: { value: 1 } })
      await page.waitForText('3月4日 周三（点此修改）')
      await page.tap('下午 14:00–17:30')
      const [address, contact, phone] = page.root.querySelectorAll('.gov-field__input')
      if (!address || !contact || !phone) throw new Error('the booking form has three inputs')
      await page.type(address, '青山区文化路28号院6栋2单元302')
      await page.type(contact, '李秀兰')
      await page.type(phone, '13847200003')
      await waitFor(() => expect(page.text()).not.toContain('✗'))
      await page.tap('提交预约')
      await waitFor(() => expect(app.wx.requests(create)).toHaveLength(1))
      expect(app.wx.requests(create)[0]?.body).toEqual({
        labId: 'lab-env',
        service: 'air',
        date: '2026-03-04',
        slot: 'pm',
        address: '青山区文化路28号院6栋2单元302',
        contact: '李秀兰',
        phone: '13847200003',
      })
      const { items } = await user.call<{ items: SamplingBooking[] }>(
        'GET',
        '/api/v1/testing/bookings',
      )
      const created = items.find((b) => b.date === '2026-03-04' && b.labId === 'lab-env')
      expect(created).toMatchObject({ status: 'booked', slotText: '下午 14:00–17:30' })
      await waitFor(() =>
        expect(urlsOf(app, 'redirectTo').at(-1)).toBe(
          `/packages/labs/pages/booking/index?id=${created?.id}`,
        ),
      )
    },
  },
  'packages/labs/pages/booking/index': {
    query: () => ({ id: fixtures.reported.id }),
    shows: [
      '检测报告',
      '点位/样品：主卧',
      '✗ 超标 甲醛 0.12 mg/m³（限值 ≤0.08）',
      '✓ TVOC 0.35 mg/m³（限值 ≤0.6）',
      '✗ 有项目超过标准限值',
      '依据：GB/T 18883-2022《室内空气质量标准》',
    ],
    async interact(page) {
      expect(page.text()).not.toContain('检测结论') // the resident has no report form
    },
  },
  'packages/labs/pages/lab/index': {
    shows: ['没能加载出来', '仅限检测机构工作人员使用，请使用机构账号登录', '重试'],
  },
  ...casesSpecs(backend, () => user),
  ...mediaSpecs,
  ...familySpecs(backend, () => user),
  ...messagesSpecs(() => user),
}

let app: MiniApp

beforeAll(async () => {
  user = await backend.signIn(LOGIN_CODE)
  // The user starred the nurse item earlier (我的收藏 starts with it).
  await user.call('PUT', `/api/v1/me/favorites/${nurseChange.id}`)
  seen.profile = await user.call<Profile>('GET', '/api/v1/me')
  seen.facets = await user.call<Facets>('GET', '/api/v1/catalog/facets')
  const [first, second] = await Promise.all(
    ['1', '2'].map((n) => itemPage({ audience: 'personal', page: n, pageSize: '20' })),
  )
  seen.personal = { ...first!, items: [...first!.items, ...second!.items] }
  seen.bookable = (
    await user.call<{ items: ItemSummary[] }>('GET', '/api/v1/appointments/items')
  ).items

  // 线上预约: five residents fill 3月4日 09:00; the user booked 企业开办 there at 10:00; another
  // resident comes at 09:30 today. The admin made the user a window clerk of the centre.
  for (const n of [1, 2, 3, 4, 5]) {
    const resident = await backend.signIn(`resident-${n}`)
    await book(resident, clinicFiling.id, '2026-03-04T01:00:00.000Z', '王五', `1381234560${n}`)
  }
  fixtures.booking = await book(
    user,
    llcSetup.id,
    '2026-03-04T02:00:00.000Z',
    '张三',
    '13812345678',
  )
  const arriving = await backend.signIn('resident-6')
  fixtures.arriving = await book(
    arriving,
    clinicFiling.id,
    '2026-03-02T01:30:00.000Z',
    '李四',
    '13812345679',
  )
  const admin = await backend.signIn('dev:admin-1')
  await admin.call('POST', '/api/v1/admin/roles', {
    userId: seen.profile.id,
    kind: 'window',
    scopeId: centerPoint.id,
  })

  // 一码通: the wall code of 企业开办, and what resolving it says.
  const zone = await user.call<Zone>('GET', '/api/v1/qr/zones/enterprise')
  const startupCode = zone.services.find((s) => s.title === '企业开办')
  fixtures.guideCode = { link: startupCode?.link ?? '', title: startupCode?.title ?? '' }

  // 法律咨询: asked by the user, answered by the lawyer (`dev:lawyer-2`).
  const asked = await user.call<Consultation>('POST', '/api/v1/legal/consultations', {
    lawyerId: 'lawyer-2',
    topic: 'tenancy',
    question: '退租后房东一直不退押金怎么办',
  })
  const lawyer = await backend.signIn('dev:lawyer-2')
  await lawyer.call('POST', `/api/v1/legal/consultations/${asked.id}/messages`, {
    body: '请先书面催告房东，写明退还期限，并保留交钥匙的记录。',
  })
  fixtures.thread = asked

  // 检测: booked by the user for the first bookable day, reported on by the lab's staff.
  const labs = await user.call<{ items: Lab[] }>('GET', '/api/v1/testing/labs?service=air')
  const booked = await user.call<SamplingBooking>('POST', '/api/v1/testing/bookings', {
    labId: 'lab-env',
    service: 'air',
    date: labs.items[0]?.bookableDates[0],
    slot: 'am',
    address: '青山区幸福路街道幸福南路12号楼3单元501',
    contact: '张三',
    phone: '13800000002',
  })
  const labStaff = await backend.signIn('lab-staff')
  const labProfile = await labStaff.call<Profile>('GET', '/api/v1/me')
  await admin.call('POST', '/api/v1/admin/roles', {
    userId: labProfile.id,
    kind: 'lab',
    scopeId: 'lab-env',
  })
  fixtures.reported = await labStaff.call<SamplingBooking>(
    'POST',
    `/api/v1/testing/bookings/${booked.id}/report`,
    {
      place: '主卧',
      formaldehyde: '0.12',
      tvoc: '0.35',
      benzene: '',
      conclusion: '主卧甲醛超标，建议通风后复测',
    },
  )

  app = launchApp({
    server: backend.server,
    scanned: fixtures.arriving.code,
    photos: { [PHOTO_PATH]: PHOTO },
  })
  // The silent sign-in has finished once the session with the token is persisted.
  bearer = `Bearer ${await app.signedIn()}`
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
    profile: { id: seen.profile.id, nickname: seen.profile.nickname },
  })
  expect(bearer).toMatch(/^Bearer \S{20,}$/)
  expect(bearer).not.toBe(`Bearer ${user.token}`) // its own session, not the spec's
})

test.each(appPages())(
  '%s renders, reacts to the user and calls wx as expected',
  async (route) => {
    const spec = specs[route]
    if (!spec)
      throw new Error(`no expectation registered for page "${route}" in tests/weapp/pages.test.ts`)
    await spec.before?.()
    const page = await app.open(route, typeof spec.query === 'function' ? spec.query() : spec.query)
    try {
      await page.waitForText(...(typeof spec.shows === 'function' ? spec.shows() : spec.shows))
      await spec.interact?.(page, app)
    } finally {
      page.close()
    }
  },
  15000,
)
