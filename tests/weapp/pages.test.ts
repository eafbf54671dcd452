// Smoke test of every page in dist/app.json, rendered from the compiled weapp by miniprogram-simulate.
import { PRIVACY_POLICY_VERSION } from '../../src/services/contract'
import {
  clinicBundle,
  clinicFiling,
  clinicGuide,
  doctorChange,
  llcSetup,
  nurseChange,
  startupProgress,
} from './support/catalog'
import {
  bankPoint,
  centerPoint,
  CONTRACT_NAME,
  LOGIN_CODE,
  mallPoint,
  servicePoints,
  streetPoint,
  TOKEN,
  USER_POSITION,
} from './support/fixtures'
import { appointmentOf, slots } from './support/appointments'
import { appPages, launchApp, type MiniApp } from './support/mini-app'
import type { OpenPage } from './support/page'
import { headerValue } from './support/server'
import { attrOf, textOf, waitFor } from './support/simulate'
import { policySpecs } from './support/policy'
import { casesSpecs } from './support/cases'
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

const existingBooking = appointmentOf('appt-0', slots[2] ?? slots[0]!, 'B3C4D5E6')

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
    // 43 personal items in the default catalog: 20 per page.
    shows: [
      '搜索事项：汉字、拼音或首字母',
      '就近办',
      '我的收藏',
      '✓ 个人办事',
      '法人办事',
      '医疗机构 3',
      '✓ 不限',
      '高效办成一件事',
      '新生儿出生一件事',
      '个人办事事项',
      '共 43 项',
      clinicFiling.name,
      doctorChange.name,
      '居民身份证换领（样例001）',
      '加载更多（已显示 20 / 43）',
    ],
    async interact(page, app) {
      const [facets] = app.wx.requests('GET /api/v1/catalog/facets')
      expect(authOf(facets)).toBe(BEARER)
      const items = () => app.wx.requests('GET /api/v1/catalog/items')
      expect(items().map(authOf)).toEqual([BEARER])
      expect(queriesOf(app, 'GET /api/v1/catalog/items')).toEqual([
        form({ audience: 'personal', page: '1', pageSize: '20' }),
      ])
      // Page 1 ends at 样例017; page 2 is not there until asked for.
      expect(page.text()).not.toContain('（样例018）')
      expect(page.text()).not.toContain(llcSetup.name)

      await page.tap('加载更多（已显示 20 / 43）')
      await page.waitForText('加载更多（已显示 40 / 43）', '（样例018）', '（样例037）')
      expect(page.text()).toContain('居民身份证换领（样例001）') // appended, not replaced
      expect(queriesOf(app, 'GET /api/v1/catalog/items').at(-1)).toBe(
        form({ audience: 'personal', page: '2', pageSize: '20' }),
      )

      // 8 scenes first, the 9th on request; departments on request.
      expect(chips(page)).toContain('生育 4')
      expect(chips(page)).not.toContain('社会救助 4')
      await page.tap('展开全部 9 个场景')
      await page.waitForText('社会救助 4')
      await waitFor(() => expect(page.text()).not.toContain('展开全部'))
      expect(chips(page)).not.toContain('青山区民政局')
      await page.tap('按部门查找')
      await waitFor(() => expect(chips(page)).toContain('青山区民政局'))
      await page.tap('青山区民政局')
      await page.waitForText('✓ 青山区民政局', '共 8 项', '高龄津贴申领（样例004）')
      await waitFor(() => expect(page.text()).not.toContain('高效办成一件事'))
      expect(page.text()).not.toContain(doctorChange.name)
      expect(queriesOf(app, 'GET /api/v1/catalog/items').at(-1)).toBe(
        form({ audience: 'personal', department: '青山区民政局', page: '1', pageSize: '20' }),
      )

      await page.tap('法人办事')
      await page.waitForText('✓ 法人办事', '法人办事事项', '共 3 项', llcSetup.name, '企业开办 2')
      await page.waitForText('诊所备案一件事', '企业开办一件事')
      expect(queriesOf(app, 'GET /api/v1/catalog/items').at(-1)).toBe(
        form({ audience: 'enterprise', page: '1', pageSize: '20' }),
      )
      expect(page.text()).not.toContain(doctorChange.name)
      expect(page.text()).not.toContain('新生儿出生一件事')
      expect(page.text()).not.toContain('加载更多')

      // A scene narrows the list and hides 一件事.
      await page.tap('企业开办 2')
      await page.waitForText('✓ 企业开办 2', '共 2 项', startupProgress.name)
      await waitFor(() => expect(page.text()).not.toContain('高效办成一件事'))
      expect(page.text()).not.toContain(clinicFiling.name)
      expect(queriesOf(app, 'GET /api/v1/catalog/items').at(-1)).toBe(
        form({ audience: 'enterprise', scene: '企业开办', page: '1', pageSize: '20' }),
      )
      expect(new Set(items().map(authOf))).toEqual(new Set([BEARER]))

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
      expect(new Set(app.wx.requests(points).map(authOf))).toEqual(new Set([BEARER]))
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
  'packages/points/pages/nearby/index': {
    shows: [
      '按名称、街道找网点',
      '已按离您的距离由近到远排序',
      `${streetPoint.name}350米`,
      `${bankPoint.name}820米`,
      `${centerPoint.name}1.2公里`,
      `${mallPoint.name}1.8公里`,
      '街道便民服务中心 · 可办 212 项',
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
      expect(authOf(request)).toBe(BEARER)
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
      expect(markers.map((m) => [m.title, m.latitude])).toEqual(
        [streetPoint, bankPoint, centerPoint, mallPoint].map((p) => [p.name, p.latitude]),
      )

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
        await forItem.waitForText('✓ 能办此事项的网点', `${centerPoint.name}1.2公里`)
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
      for (const text of ['q', 'qy', 'qyk', 'qykb']) await page.type(input, text)
      await page.waitForText(startupProgress.name, llcSetup.name)
      expect(queriesOf(app, search)).toEqual([form({ q: 'qykb' })])
      expect(authOf(app.wx.requests(search)[0])).toBe(BEARER)
      // The initials matched 企业开办 in the name: that run is highlighted; the keyword hit after it.
      expect(page.root.querySelectorAll('.item-card__hit').map((node) => textOf(node))).toEqual([
        '企业开办',
      ])
      expect(page.text().indexOf(startupProgress.name)).toBeLessThan(
        page.text().indexOf(llcSetup.name),
      )
      await page.tap(startupProgress.name)
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe(guideUrl(startupProgress.id)),
      )

      await page.type(input, '火星办证')
      await page.waitForText(
        '没有找到与“火星办证”有关的事项。',
        '大家常办的事项',
        clinicFiling.name,
      )
      expect(page.text()).not.toContain(startupProgress.name)
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
      `实施编码 ${clinicFiling.code}`,
      '承诺时限：1个工作日',
      '法定时限：法律未规定',
      '到现场次数：最多跑一次',
      '收费：不收费',
      '通办：全市通办、全区通办',
      '☆ 收藏此事项',
      '第1步 申请',
      '青山区政务服务中心诊所备案一件事综合服务窗口 24号窗口',
      '问：备案后可以马上开业吗？',
      `咨询电话：${clinicGuide.consultPhone}`,
      `电话咨询 ${clinicGuide.consultPhone}`,
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
        '咨询与投诉',
      ])
      const [get] = app.wx.requests(`GET /api/v1/catalog/items/${clinicFiling.id}`)
      expect(authOf(get)).toBe(BEARER)

      const favorite = `/api/v1/me/favorites/${clinicFiling.id}`
      await page.tap('☆ 收藏此事项')
      await page.waitForText('★ 已收藏（点此取消）')
      expect(app.wx.requests(`PUT ${favorite}`).map(authOf)).toEqual([BEARER])
      expect(app.wx.server.favorites).toContain(clinicFiling.id)
      await page.tap('★ 已收藏（点此取消）')
      await page.waitForText('☆ 收藏此事项')
      expect(app.wx.requests(`DELETE ${favorite}`).map(authOf)).toEqual([BEARER])
      expect(app.wx.server.favorites).not.toContain(clinicFiling.id)

      await page.tap(`电话咨询 ${clinicGuide.consultPhone}`)
      await waitFor(() =>
        expect(app.wx.callsTo('makePhoneCall').at(-1)?.[0]).toMatchObject({
          phoneNumber: clinicGuide.consultPhone,
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
      '一起办：承诺 1个工作日，到现场 1 次',
      '分别办：合计 5个工作日，到现场 3 次',
      '材料从 10 份合并为 7 份，少交 3 份',
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
      expect(authOf(get)).toBe(BEARER)
      // The shared 居民身份证 is listed once, not once per item.
      expect(page.text().split('居民身份证原件和复印件')).toHaveLength(2)
      await page.tap(nurseChange.name)
      await waitFor(() => expect(urlsOf(app, 'navigateTo').at(-1)).toBe(guideUrl(nurseChange.id)))
    },
  },
  'packages/booking/pages/start/index': {
    shows: ['我的预约', '大家常约的事项', clinicFiling.name],
    async interact(page, app) {
      expect(queriesOf(app, 'GET /api/v1/appointments/items')).toEqual([''])
      await page.tap(clinicFiling.name)
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe(
          `/packages/booking/pages/book/index?itemId=${clinicFiling.id}`,
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
      await page.waitForText('第2步，共4步', '3月4日', '周一 余8个')
      await page.tap('3月4日')
      await page.waitForText('第3步，共4步', '09:00', '已约满', '余3个 · 较忙', '余5个 · 空闲')
      await page.tap('09:00') // full: nothing happens
      expect(page.text()).toContain('选择时段')
      await page.tap('09:30')
      await page.waitForText('确认预约信息', `网点：${centerPoint.name}`, '时间：3月4日 周一 09:30')

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
        slotStart: slots[1]?.start,
        name: '张三',
        phone: '13812345678',
        reminder: 'none',
      })
      expect(headerValue(post?.header ?? {}, 'Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/)
      await waitFor(() =>
        expect(urlsOf(app, 'redirectTo').at(-1)).toBe(
          '/packages/booking/pages/detail/index?id=booked-1&booked=1',
        ),
      )
    },
  },
  'packages/booking/pages/list/index': {
    shows: ['✓ 待办理', '历史预约', clinicFiling.name, centerPoint.name, '待办理'],
    async interact(page, app) {
      expect(queriesOf(app, 'GET /api/v1/appointments').at(-1)).toBe('scope=upcoming')
      await page.tap('历史预约')
      await waitFor(() =>
        expect(queriesOf(app, 'GET /api/v1/appointments').at(-1)).toBe('scope=past'),
      )
    },
  },
  'packages/booking/pages/detail/index': {
    query: { id: existingBooking.id },
    shows: [
      '签到码',
      existingBooking.code,
      `事项：${clinicFiling.name}`,
      '预约人：张*（138****5678）',
      '改约其他时间',
      '取消预约',
    ],
    async interact(page, app) {
      await page.tap('改约其他时间')
      await waitFor(() =>
        expect(urlsOf(app, 'navigateTo').at(-1)).toBe(
          `/packages/booking/pages/book/index?itemId=${clinicFiling.id}&from=${existingBooking.id}`,
        ),
      )
      await page.tap('取消预约')
      await page.waitForText('确定取消这次预约吗？取消后时段会让给其他人。')
      await page.tap('确定取消预约')
      await page.waitForText('已取消')
      expect(
        app.wx.requests(`POST /api/v1/appointments/${existingBooking.id}/cancel`),
      ).toHaveLength(1)
      expect(page.text()).not.toContain(existingBooking.code)
    },
  },
  'packages/booking/pages/check-in/index': {
    shows: ['扫描签到码', '签到码', '签到并取号'],
    async interact(page, app) {
      await page.tap('扫描签到码')
      await page.waitForText('签到成功，排队号', '7号', `事项：${clinicFiling.name}`)
      expect(app.wx.callsTo('scanCode')[0]?.[0]).toMatchObject({ onlyFromCamera: true })
      const [post] = app.wx.requests('POST /api/v1/staff/check-ins')
      expect(post?.body).toEqual({ code: existingBooking.code })
    },
  },
  'packages/catalog/pages/favorites/index': {
    // The server starts with one favourite (see launchApp below).
    shows: [nurseChange.name, '青山区卫生健康委员会 · 行政许可'],
    async interact(page, app) {
      const list = 'GET /api/v1/me/favorites'
      expect(app.wx.requests(list).length).toBeGreaterThan(0)
      expect(new Set(app.wx.requests(list).map(authOf))).toEqual(new Set([BEARER]))
      expect(page.text()).not.toContain(clinicFiling.name)

      // In the guides: un-star the nurse item, star 诊所备案 …
      const nurse = await app.open('packages/catalog/pages/guide/index', { id: nurseChange.id })
      await nurse.waitForText(nurseChange.name, '★ 已收藏（点此取消）') // the server says so
      await nurse.tap('★ 已收藏（点此取消）')
      await nurse.waitForText('☆ 收藏此事项')
      nurse.close()
      const clinic = await app.open('packages/catalog/pages/guide/index', { id: clinicFiling.id })
      await clinic.waitForText(clinicFiling.name, '☆ 收藏此事项')
      await clinic.tap('☆ 收藏此事项')
      await clinic.waitForText('★ 已收藏（点此取消）')
      clinic.close()
      expect(app.wx.server.favorites).toEqual([clinicFiling.id])

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
  ...policySpecs,
  ...casesSpecs,
}

let app: MiniApp

beforeAll(async () => {
  app = launchApp({
    favorites: [nurseChange.id],
    appointments: [existingBooking],
    scanned: existingBooking.code,
  })
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
