// The policy-matching pages: fake-server answers and one expectation per page.
import {
  EMPTY_PROFILE_FORM,
  type EnterpriseProfile,
  type EnterpriseProfileForm,
  type PolicyMatch,
  type PolicySubscription,
  type PreReview,
} from '../../../src/services/contract'
import type { MiniApp } from './mini-app'
import type { OpenPage } from './page'
import type { RouteTable } from './server'
import { headerValue, waitFor } from './simulate'

const ENTERPRISE = '包头市青山区鹿城软件有限公司'

const enterpriseProfile = (form: EnterpriseProfileForm): EnterpriseProfile => ({
  enterpriseId: 'ent-0001',
  enterpriseName: ENTERPRISE,
  usccMasked: '9115**********1234',
  registration: [
    { label: '登记管理部门', value: '市场监督管理部门' },
    { label: '机构类别', value: '企业' },
  ],
  form,
  sizeLabel: '微型',
  filled: Object.values(form).filter((v) => v !== '').length,
  total: 14,
  updatedAt: '2026-11-26T08:00:00.000Z',
})

const stableJobs: PolicyMatch = {
  policy: {
    id: 'nat-stable-jobs',
    title: '失业保险稳岗返还',
    level: 'national',
    department: '青山区人力资源和社会保障局',
    category: '就业创业',
    mode: 'auto',
    amount: '中小微企业按上年度实际缴纳失业保险费的60%返还',
    deadline: null,
    publishedOn: '2025-06-20',
  },
  status: 'full',
  met: 3,
  total: 4,
  suggestions: [],
  missing: [],
}

const training: PolicyMatch = {
  policy: {
    id: 'city-training',
    title: '企业职工岗位技能培训补贴',
    level: 'city',
    department: '包头市人力资源和社会保障局',
    category: '就业创业',
    mode: 'apply',
    amount: '按取得证书等级每人500元至2000元',
    deadline: '2026-11-30',
    publishedOn: '2025-06-03',
  },
  status: 'partial',
  met: 1,
  total: 2,
  suggestions: ['从业人数再增加2人即可'],
  missing: [],
}

const review = (kind: PreReview['kind']): PreReview =>
  kind === 'policy'
    ? {
        id: 'prv-0001',
        kind,
        title: '政策兑现预审：企业职工岗位技能培训补贴',
        outcome: 'fail',
        reasons: ['不符合：参保职工10人以上（从业人数：8人）'],
        nextSteps: ['从业人数再增加2人即可'],
        submit: null,
        createdAt: '2026-11-26T08:00:00.000Z',
      }
    : {
        id: 'prv-0002',
        kind,
        title: '执照年检（企业年度报告）预审',
        outcome: 'pass',
        reasons: ['年报所需的从业人数、营业收入、社保缴纳信息齐全'],
        nextSteps: ['2027年1月1日起可报送：登录国家企业信用信息公示系统（内蒙古）报送2026年度年报'],
        submit: null,
        createdAt: '2026-11-26T08:00:00.000Z',
      }

const body = (value: unknown) => (typeof value === 'object' && value !== null ? value : {})

export function policyRoutes(): RouteTable {
  let form: EnterpriseProfileForm = { ...EMPTY_PROFILE_FORM, industryDivision: '65', staff: '8' }
  let subscription: PolicySubscription = { subscribed: false, since: null, newMatches: [] }
  return {
    'GET /api/v1/policy/profile': () => ({ status: 200, data: enterpriseProfile(form) }),
    'PUT /api/v1/policy/profile': (req) => {
      form = { ...form, ...(body(req.body) as Partial<EnterpriseProfileForm>) }
      return { status: 200, data: enterpriseProfile(form) }
    },
    'GET /api/v1/policy/matches': () => ({
      status: 200,
      data: {
        enterpriseName: ENTERPRISE,
        sizeLabel: '微型',
        counts: { full: 1, info: 0, partial: 1, none: 0 },
        items: [stableJobs, training],
      },
    }),
    'GET /api/v1/policy/matches/:id': (req) =>
      req.params.id === training.policy.id
        ? {
            status: 200,
            data: {
              match: training,
              conditions: [
                {
                  kind: 'leaf',
                  depth: 0,
                  status: 'met',
                  clause: '依法参加失业保险并按时足额缴纳',
                  actual: '按时足额缴纳失业保险：是',
                  suggestion: null,
                },
                {
                  kind: 'leaf',
                  depth: 0,
                  status: 'unmet',
                  clause: '参保职工10人以上',
                  actual: '从业人数：8人',
                  suggestion: '从业人数再增加2人即可',
                },
              ],
              summary: '企业组织在职职工参加岗位技能培训并取得职业技能等级证书。',
              basis: '《包头市职业技能提升行动实施方案》',
              materials: ['培训计划', '学员花名册'],
              contact: '12345政务服务便民热线',
            },
          }
        : { status: 404, error: { code: 'NOT_FOUND', message: '没有找到该政策' } },
    'POST /api/v1/policy/prereviews': (req) => {
      const kind =
        (body(req.body) as { kind?: string }).kind === 'policy' ? 'policy' : 'annual_report'
      return { status: 200, data: review(kind) }
    },
    'GET /api/v1/policy/prereviews': () => ({ status: 200, data: { items: [] } }),
    'GET /api/v1/policy/calendar': () => ({
      status: 200,
      data: {
        items: [
          { policy: training.policy, status: 'partial', deadline: '2026-11-30', daysLeft: 4 },
        ],
      },
    }),
    'GET /api/v1/policy/subscription': () => ({ status: 200, data: subscription }),
    'PUT /api/v1/policy/subscription': (req) => {
      const on = (body(req.body) as { subscribed?: boolean }).subscribed === true
      subscription = on
        ? { subscribed: true, since: '2026-11-26', newMatches: [stableJobs] }
        : { subscribed: false, since: null, newMatches: [] }
      return { status: 200, data: subscription }
    },
  }
}

interface PolicyPageSpec {
  query?: Record<string, string>
  shows: string[]
  interact?: (page: OpenPage, app: MiniApp) => Promise<void>
}

const navigations = (app: MiniApp) =>
  app.wx.callsTo('navigateTo').map(([o]) => (o as { url: string }).url)

export const policySpecs: Record<string, PolicyPageSpec> = {
  'packages/policy/pages/match/index': {
    shows: [
      ENTERPRISE,
      '企业规模：微型',
      '完全符合（1）',
      '部分符合（1）',
      '✓ 完全符合',
      '免申即享',
      '→ 从业人数再增加2人即可',
    ],
    async interact(page, app) {
      await page.tap('企业职工岗位技能培训补贴')
      await waitFor(() =>
        expect(navigations(app).at(-1)).toBe(
          '/packages/policy/pages/detail/index?id=city-training',
        ),
      )
      await page.tap('完善企业画像')
      await waitFor(() =>
        expect(navigations(app).at(-1)).toBe('/packages/policy/pages/profile/index'),
      )
    },
  },
  'packages/policy/pages/profile/index': {
    shows: [
      ENTERPRISE,
      '登记管理部门：市场监督管理部门',
      '企业规模：微型',
      '✓ 信息传输、软件和信息技术服务业',
      '保存企业画像',
    ],
    async interact(page, app) {
      await page.tap('幸福路街道')
      await page.waitForText('✓ 幸福路街道')
      await page.tap('保存企业画像')
      await page.waitForText('企业画像已保存，政策匹配已按新画像更新')
      const [put] = app.wx.requests('PUT /api/v1/policy/profile')
      expect(put?.body).toMatchObject({ street: '幸福路街道', staff: '8', industryDivision: '65' })
    },
  },
  'packages/policy/pages/detail/index': {
    query: { id: 'city-training' },
    shows: [
      '企业职工岗位技能培训补贴',
      '✗ 未满足',
      '参保职工10人以上',
      '您的情况：从业人数：8人',
      '申报（商户绿色通道在线预审）',
    ],
    async interact(page, app) {
      await page.tap('申报（商户绿色通道在线预审）')
      await page.waitForText('预审未通过', '不符合：参保职工10人以上（从业人数：8人）')
      const [post] = app.wx.requests('POST /api/v1/policy/prereviews')
      expect(post?.body).toEqual({ kind: 'policy', policyId: 'city-training' })
      expect(headerValue(post?.header ?? {}, 'Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/)
    },
  },
  'packages/policy/pages/calendar/index': {
    shows: ['新政策订阅', '2026年11月', '11月30日 周一 截止 · 还剩4天', '订阅新政策提醒'],
    async interact(page, app) {
      await page.tap('订阅新政策提醒')
      await page.waitForText('11月26日 周四起）', '失业保险稳岗返还', '退订')
      expect(app.wx.requests('PUT /api/v1/policy/subscription').map((r) => r.body)).toEqual([
        { subscribed: true },
      ])
    },
  },
  'packages/policy/pages/green/index': {
    shows: [
      '政策兑现在线预审（0）',
      '执照年检（企业年度报告）预审',
      '预审记录（0）',
      '开始年检预审',
    ],
    async interact(page) {
      await page.tap('开始年检预审')
      await page.waitForText('预审通过', '预审记录（1）', '预审时间：11月26日 周四 16:00')
    },
  },
}
