// 亲情代办 / 代家人办 pages: the fake backend's proxy routes and one spec per page.
import type { ActingGrant, AuditEntry, EndpointKey, Grant } from '../../../src/services/contract'
import type { MiniApp } from './mini-app'
import type { OpenPage } from './page'
import type { ApiRequest, Reply, RouteTable } from './server'
import { waitFor } from './simulate'

const ITEM = { id: 'social-card', name: '社保卡申领' }

const pending: Grant = {
  id: 'grant-1',
  granteeKind: 'relative',
  granteeName: '李明',
  relation: '孙子',
  items: [ITEM],
  days: 7,
  validUntil: '2030-03-08T01:00:00.000Z',
  status: 'pending',
  createdAt: '2030-03-01T01:00:00.000Z',
  claimedAt: null,
  revokedAt: null,
  code: {
    digits: '12345678',
    link: 'https://ymt.qingshan.gov.cn/q/aABCDEFGH.qx1.ABCDEFGHIJ',
    expiresAt: '2030-03-01T01:10:00.000Z',
    expired: false,
  },
}

const acting: ActingGrant = {
  id: 'grant-2',
  grantorName: '王*芳',
  relation: '孙子',
  items: [ITEM],
  validUntil: '2030-03-08T01:00:00.000Z',
  status: 'active',
}

const booked: AuditEntry = {
  id: 'audit-1',
  at: '2030-03-01T02:00:00.000Z',
  grantId: 'grant-2',
  action: 'booked',
  byGrantor: false,
  granteeName: '李*',
  grantorName: '王*芳',
  itemName: ITEM.name,
  targetId: 'appt-9',
}

type Key = Extract<EndpointKey, `${string} /api/v1/proxy/${string}`>
const ok = <T>(data: T): Reply<T> => ({ status: 200, data })

export function familyRoutes(): Pick<RouteTable, Key> {
  const codeOf = (req: ApiRequest) => String((req.body as { code?: unknown } | null)?.code ?? '')
  const claim = (req: ApiRequest): Reply<ActingGrant> =>
    codeOf(req) === '12345678'
      ? ok({ ...acting, status: 'pending' })
      : {
          status: 404,
          error: { code: 'NOT_FOUND', message: '没有找到这个授权码，请核对8位数字' },
        }
  return {
    'POST /api/v1/proxy/grants': () => ok(pending),
    'GET /api/v1/proxy/grants': () => ok({ items: [pending] }),
    'POST /api/v1/proxy/grants/:id/code': () =>
      ok({ ...pending, code: pending.code && { ...pending.code, digits: '87654321' } }),
    'POST /api/v1/proxy/grants/:id/revoke': () =>
      ok({ ...pending, status: 'revoked', code: null, revokedAt: '2030-03-01T03:00:00.000Z' }),
    'POST /api/v1/proxy/claims/preview': claim,
    'POST /api/v1/proxy/claims': (req) => {
      const answer = claim(req)
      return answer.status === 200 ? ok(acting) : answer
    },
    'GET /api/v1/proxy/acting': () => ok({ items: [acting] }),
    'GET /api/v1/proxy/audit': (req) =>
      ok({
        items: req.query.get('as') === 'grantee' ? [booked] : [{ ...booked, grantId: 'grant-1' }],
      }),
  }
}

interface FamilyPageSpec {
  query?: Record<string, string>
  shows: string[]
  interact?: (page: OpenPage, app: MiniApp) => Promise<void>
}

const navigations = (app: MiniApp, api = 'navigateTo') =>
  app.wx.callsTo(api).map(([o]) => (o as { url: string }).url)

export const familySpecs: Record<string, FamilyPageSpec> = {
  'packages/family/pages/grants/index': {
    shows: [
      '新建授权',
      '孙子李明',
      '待对方确认',
      '可以办：社保卡申领',
      '李* 为您预约了“社保卡申领”',
    ],
    async interact(page, app) {
      await page.tap('撤销授权')
      await page.waitForText('撤销后对方立即不能再替您办理。确定撤销吗？')
      expect(app.wx.requests('POST /api/v1/proxy/grants/grant-1/revoke')).toEqual([])
      await page.tap('确定撤销')
      await waitFor(() =>
        expect(app.wx.requests('POST /api/v1/proxy/grants/grant-1/revoke')).toHaveLength(1),
      )
    },
  },
  'packages/family/pages/new/index': {
    shows: ['新建授权 · 第1步，共5步', '请谁帮您办？', '家里人', '政务服务中心的帮办员'],
    async interact(page, app) {
      await page.tap('下一步')
      await page.waitForText('请选择请谁帮您办')
      await page.tap('政务服务中心的帮办员')
      await page.waitForText('政务服务中心的帮办员（已选）')
      await page.tap('下一步')
      await page.waitForText('可以帮您办哪些事？', '第2步，共4步', '上一步')
      expect(app.wx.requests('POST /api/v1/proxy/grants')).toEqual([])
    },
  },
  'packages/family/pages/code/index': {
    query: { id: 'grant-1' },
    shows: ['授权给孙子李明', '1234 5678', '亲情代办授权码', '重新出示授权码'],
    async interact(page, app) {
      await page.tap('重新出示授权码')
      await page.waitForText('8765 4321')
      expect(app.wx.requests('POST /api/v1/proxy/grants/grant-1/code')).toHaveLength(1)
    },
  },
  'packages/family/pages/acting/index': {
    shows: [
      '王*芳（您是孙子）',
      '替王*芳预约办事',
      '替王*芳一键代办',
      '您为 王*芳 预约了“社保卡申领”',
    ],
    async interact(page, app) {
      await page.tap('替王*芳预约办事')
      await waitFor(() =>
        expect(navigations(app).at(-1)).toBe(
          '/packages/booking/pages/book/index?itemId=social-card&for=grant-2',
        ),
      )
    },
  },
  'packages/family/pages/claim/index': {
    shows: ['授权码', '查看授权', '扫家人手机上的二维码'],
    async interact(page, app) {
      await page.type('gov-field__input', '12345678')
      await page.tap('查看授权')
      await page.waitForText('王*芳 请您帮忙办事', '可以代办：社保卡申领')
      await page.tap('确认接受')
      await waitFor(() =>
        expect(navigations(app, 'redirectTo').at(-1)).toBe('/packages/family/pages/acting/index'),
      )
      expect(app.wx.requests('POST /api/v1/proxy/claims')).toHaveLength(1)
    },
  },
}
