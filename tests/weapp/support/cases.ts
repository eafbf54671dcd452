// 一键代办 pages: the fake backend's case routes, wx's photo picker and upload, one spec per page.
import type {
  CaseDetail,
  CaseForm,
  CaseSummary,
  Complaint,
  EndpointKey,
  Licence,
  Upload,
} from '../../../src/services/contract'
import { clinicBundle, materials } from './fake-catalog'
import type { MiniApp } from './mini-app'
import type { OpenPage } from './page'
import type { ApiRequest, Reply, RouteTable } from './server'
import { headerValue, waitFor } from './simulate'

const RULES: Record<string, CaseForm['fields'][number]['rule']> = {
  idNumber: 'id_number',
  phone: 'mobile',
}

export const clinicCaseForm: CaseForm = {
  source: { kind: 'bundle', id: clinicBundle.id },
  title: clinicBundle.name,
  items: clinicBundle.items.map((i) => ({ id: i.id, name: i.name })),
  fields: clinicBundle.fields.map((f) => ({ ...f, rule: RULES[f.key] ?? 'text' })),
  materials: clinicBundle.materials,
  promisedDays: 1,
}

export const PHOTO_PATH = 'wxfile://tmp/zhaopian-0001.jpg'
const photoUpload: Upload = {
  id: 'upl-0001',
  name: 'zhaopian-0001.jpg',
  mime: 'image/jpeg',
  size: 204800,
  sha256: 'a'.repeat(64),
  width: 3000,
  height: 4000,
  sharpness: 82000,
  createdAt: '2030-03-01T01:00:00.000Z',
}

const summary: CaseSummary = {
  id: 'case-0001',
  number: 'QS203003010001',
  title: clinicBundle.name,
  source: { kind: 'bundle', id: clinicBundle.id },
  status: 'correction',
  promisedDays: 1,
  clock: { state: 'waiting', deadline: null, workingDaysLeft: null, overdue: false },
  helper: { name: '李帮办', desk: '青山区政务服务中心 帮办代办窗口', phone: '0472-3360123' },
  applicant: '王*',
  submittedAt: '2030-03-01T01:00:00.000Z',
  updatedAt: '2030-03-01T02:00:00.000Z',
}

const caseDetail: CaseDetail = {
  ...summary,
  items: clinicCaseForm.items,
  fields: [
    { key: 'applicantName', label: '申请人姓名', value: '王丽' },
    { key: 'phone', label: '联系电话', value: '138****5678' },
  ],
  materials: [
    {
      materialId: materials.idCard.id,
      name: materials.idCard.name,
      required: true,
      licence: {
        name: '居民身份证',
        numberMasked: '1502**********3156',
        issuer: '包头市公安局青山区分局',
        validUntil: '2036-05-20',
      },
      files: [],
    },
    {
      materialId: materials.clinicFilingForm.id,
      name: materials.clinicFilingForm.name,
      required: true,
      licence: null,
      files: [photoUpload],
    },
  ],
  timeline: [
    { at: summary.submittedAt, event: 'submitted', actor: '申请人', note: '在线提交申请和材料' },
    {
      at: summary.updatedAt,
      event: 'correction_requested',
      actor: '帮办员李帮办',
      note: '一次性告知补正1项：诊所备案信息表',
    },
  ],
  corrections: [
    {
      target: `material:${materials.clinicFilingForm.id}`,
      reason: '缺少主要负责人签字，请签字后重新上传',
      label: materials.clinicFilingForm.name,
    },
  ],
  result: null,
  rating: null,
}

const submittedCase: CaseDetail = {
  ...caseDetail,
  status: 'submitted',
  corrections: [],
  timeline: caseDetail.timeline.slice(0, 1),
}

type Key = Extract<
  EndpointKey,
  | `${string} /api/v1/cases${string}`
  | `${string}/staff/cases${string}`
  | `${string}/complaints`
  | `${string} /api/v1/ecert/${string}`
>

const licence = (over: Partial<Licence> & Pick<Licence, 'id' | 'kind' | 'name'>): Licence => ({
  holderKind: 'person',
  holder: '王**',
  numberMasked: '1502**********3156',
  issuer: '包头市公安局青山区分局',
  issuedOn: '2016-05-20',
  validUntil: null,
  expired: false,
  facts: [],
  ...over,
})

/** The wallet of a doctor who once was a nurse: two valid licences and one expired. */
const wallet: Licence[] = [
  licence({ id: 'lic-id', kind: 'id_card', name: '居民身份证', validUntil: '2036-05-20' }),
  licence({
    id: 'lic-doctor',
    kind: 'doctor_cert',
    name: '医师执业证书',
    numberMasked: '1101****3152',
    issuer: '包头市青山区卫生健康委员会',
    issuedOn: '2019-08-20',
    facts: [{ label: '执业类别', value: '临床' }],
  }),
  licence({
    id: 'lic-nurse',
    kind: 'nurse_cert',
    name: '护士执业证书',
    numberMasked: '2019****1234',
    issuer: '包头市卫生健康委员会',
    issuedOn: '2020-12-01',
    validUntil: '2025-11-30',
    expired: true,
  }),
]

const earlier: Complaint = {
  id: 'cmp-0001',
  number: 'TS203002280001',
  kind: 'suggestion',
  content: '建议在万达广场服务点增加周末办理时间',
  case: null,
  phone: null,
  replyDue: '2030-03-07',
  createdAt: '2030-02-28T02:00:00.000Z',
}
const ok = <T>(data: T): Reply<T> => ({ status: 200, data })

export function casesRoutes(): Pick<RouteTable, Key> {
  const byId = (req: ApiRequest) => (req.params.id === caseDetail.id ? ok(caseDetail) : missing)
  const missing = { status: 404, error: { code: 'NOT_FOUND', message: '没有找到该办件' } }
  return {
    'GET /api/v1/cases/form': () => ok(clinicCaseForm),
    'POST /api/v1/cases': () => ok(submittedCase),
    'GET /api/v1/cases': () => ok({ items: [summary] }),
    'GET /api/v1/cases/:id': byId,
    'POST /api/v1/cases/:id/resubmit': () => ok(submittedCase),
    'GET /api/v1/staff/cases': () => ok({ items: [{ ...summary, status: 'submitted' }] }),
    'GET /api/v1/staff/cases/:id': () => ok(submittedCase),
    'POST /api/v1/staff/cases/:id/accept': () =>
      ok({
        ...submittedCase,
        status: 'accepted',
        clock: {
          state: 'running',
          deadline: '2030-03-01T16:00:00.000Z',
          workingDaysLeft: 1,
          overdue: false,
        },
      }),
    'POST /api/v1/staff/cases/:id/correction': () => ok(caseDetail),
    'POST /api/v1/staff/cases/:id/finish': () => ok(submittedCase),
    'POST /api/v1/staff/cases/:id/refuse': () => ok(submittedCase),
    'POST /api/v1/staff/cases/:id/follow-up': () => ok(submittedCase),
    'POST /api/v1/cases/:id/rating': () => ok(submittedCase),
    'GET /api/v1/complaints': () => ok({ items: [earlier] }),
    'GET /api/v1/ecert/licences': () => ok({ items: wallet }),
    'GET /api/v1/ecert/prefill': () =>
      ok({
        values: { applicantName: '王志强', certificateNumber: '110150204003152' },
        sources: { applicantName: '实名信息', certificateNumber: '医师执业证书' },
        serverFilled: [],
      }),
    'POST /api/v1/complaints': (req) => {
      const content = String((req.body as { content?: unknown } | null)?.content ?? '')
      if (content.trim().length >= 10) return ok({ ...earlier, id: 'cmp-0002', content })
      const message = '请至少写10个字，说清楚发生了什么、希望怎样解决'
      return { status: 400, error: { code: 'VALIDATION', message, fields: { content: message } } }
    },
  }
}

type Options = Record<string, unknown> & { success?: (r: object) => void }

/** wx.chooseMedia picks one camera photo; wx.uploadFile answers it as stored. */
export function uploadApis(record: (api: string, args: unknown[]) => void) {
  return {
    chooseMedia: (o: Options) => {
      record('chooseMedia', [o])
      setTimeout(
        () =>
          o.success?.({
            errMsg: 'chooseMedia:ok',
            tempFiles: [{ tempFilePath: PHOTO_PATH, size: 204800, fileType: 'image' }],
          }),
        0,
      )
    },
    uploadFile: (o: Options) => {
      record('uploadFile', [o])
      const listeners: ((e: { progress: number }) => void)[] = []
      setTimeout(() => {
        listeners.forEach((l) => l({ progress: 100 }))
        o.success?.({
          errMsg: 'uploadFile:ok',
          statusCode: 201,
          data: JSON.stringify({ data: photoUpload }),
        })
      }, 0)
      return { onProgressUpdate: (l: (e: { progress: number }) => void) => void listeners.push(l) }
    },
  }
}

interface CasePageSpec {
  query?: Record<string, string>
  shows: string[]
  interact?: (page: OpenPage, app: MiniApp) => Promise<void>
}

const navigations = (app: MiniApp, api = 'navigateTo') =>
  app.wx.callsTo(api).map(([o]) => (o as { url: string }).url)

export const casesSpecs: Record<string, CasePageSpec> = {
  'packages/cases/pages/apply/index': {
    query: { kind: 'bundle', id: clinicBundle.id },
    shows: [
      clinicBundle.name,
      `填写信息（共${clinicBundle.fields.length}项）`,
      `上传材料（共${clinicBundle.materials.length}项）`,
      '材料体检',
      '使用电子证照：居民身份证 1502**********3156',
      '使用电子证照：医师执业证书 1101****3152',
      '您的护士执业证书已于2025年11月30日过期，不能作为申报材料；请先办理换证或延续，或上传有效证件',
      '已从实名信息预填',
      '提交，交给帮办员',
    ],
    async interact(page, app) {
      await page.tap('使用电子证照：医师执业证书 1101****3152')
      await page.waitForText('✓ 使用电子证照：医师执业证书 1101****3152，无需上传')
      await page.tap('提交，交给帮办员')
      await page.waitForText(
        '材料体检未通过，请按上方标出的问题逐项处理后再提交',
        '请填写公民身份号码',
      )
      expect(app.wx.requests('POST /api/v1/cases')).toEqual([])
      const [pick] = page.root.querySelectorAll('.gov-button--secondary')
      if (!pick) throw new Error('no upload button')
      pick.dispatchEvent('tap')
      await page.waitForText('✓ zhaopian-0001.jpg（200KB）')
      const [upload] = app.wx.callsTo('uploadFile') as [Record<string, unknown>][]
      expect(upload?.[0]).toMatchObject({ filePath: PHOTO_PATH, name: 'file' })
      expect(String(upload?.[0]?.url)).toMatch(/\/api\/v1\/uploads$/)
      expect(
        headerValue((upload?.[0]?.header ?? {}) as Record<string, string>, 'Authorization'),
      ).toMatch(/^Bearer /)
    },
  },
  'packages/ecert/pages/wallet/index': {
    shows: [
      '个人证照',
      '居民身份证',
      '证照号码 1502**********3156',
      '持证人：王**',
      '发证机关：包头市青山区卫生健康委员会（2019年8月20日 周二签发）',
      '长期有效',
      '执业类别：临床',
      '已过期',
      '已过期（有效期至2025年11月30日 周日），不能用于办事，请及时换证或办理延续',
    ],
  },
  'packages/cases/pages/list/index': {
    shows: [
      clinicBundle.name,
      '待补正',
      '办件编号 QS203003010001',
      '补正后重新受理，受理后1个工作日内办结（受理次日起算）',
    ],
    async interact(page, app) {
      await page.tap(clinicBundle.name)
      await waitFor(() =>
        expect(navigations(app).at(-1)).toBe('/packages/cases/pages/detail/index?id=case-0001'),
      )
    },
  },
  'packages/cases/pages/detail/index': {
    query: { id: 'case-0001' },
    shows: [
      '需要补正（共1项）',
      '• 诊所备案信息表：缺少主要负责人签字，请签字后重新上传',
      '帮办员：李帮办（青山区政务服务中心 帮办代办窗口，电话 0472-3360123）',
      '联系电话：138****5678',
      '居民身份证：电子证照 1502**********3156（包头市公安局青山区分局）',
      '一次性告知补正 · 帮办员李帮办',
    ],
    async interact(page, app) {
      await page.tap('去补正')
      await waitFor(() =>
        expect(navigations(app).at(-1)).toBe('/packages/cases/pages/correct/index?id=case-0001'),
      )
    },
  },
  'packages/cases/pages/correct/index': {
    query: { id: 'case-0001' },
    shows: [
      '诊所备案一件事 · 补正',
      '补正原因：缺少主要负责人签字，请签字后重新上传',
      '上传材料（共1项）',
      '提交补正',
    ],
    async interact(page, app) {
      await page.tap('提交补正')
      await page.waitForText('请上传诊所备案信息表')
      expect(app.wx.requests('POST /api/v1/cases/case-0001/resubmit')).toEqual([])
    },
  },
  'packages/cases/pages/complaint/index': {
    query: { caseId: 'case-0001' },
    shows: [
      '关于办件：QS203003010001（诊所备案一件事）',
      '投诉（已选）',
      '提交投诉',
      '我的投诉建议',
      '建议 · TS203002280001',
      '最迟2030年3月7日 周四答复',
    ],
    async interact(page, app) {
      await page.type('gov-field__textarea', '太慢了')
      await page.tap('提交投诉')
      await page.waitForText('✗ 请至少写10个字，说清楚发生了什么、希望怎样解决')
      // Checked on the phone by the same contract: nothing is sent while it is too short.
      expect(app.wx.requests('POST /api/v1/complaints')).toEqual([])
      await page.type('gov-field__textarea', '窗口排队太慢了，等了两个小时还没办上')
      await waitFor(() => expect(page.text()).not.toContain('请至少写10个字'))
      await page.tap('提交投诉')
      await waitFor(() => expect(app.wx.requests('POST /api/v1/complaints')).toHaveLength(1))
      const [sent] = app.wx.requests('POST /api/v1/complaints')
      expect(sent?.body).toMatchObject({ kind: 'complaint', caseId: 'case-0001' })
      expect(headerValue(sent?.header ?? {}, 'Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/)
    },
  },
  'packages/cases/pages/staff/index': {
    shows: ['✓ 待办', '已办结', clinicBundle.name, '申请人 王*'],
  },
  'packages/cases/pages/staff-case/index': {
    query: { id: 'case-0001' },
    shows: ['受理（开始计时）', '要求补正', '不予受理', '待受理'],
    async interact(page) {
      await page.tap('受理（开始计时）')
      await page.waitForText('办理中', '剩余1个工作日（不含今天），最迟2030年3月1日 周五办结')
    },
  },
}
