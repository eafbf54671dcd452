// 一键代办 pages, one spec per page, on the real server. The user (实名 as 王志强, a doctor) files
// 诊所备案一件事; a case he filed earlier waits for 补正 that 李帮办 asked for.
import type { CaseDetail, CaseForm, Complaint, Licence } from '../../../src/services/contract'
import { formatDay } from '../../../src/services/contract'
import { documentPixels, encodeJpeg } from '../../support/document-image'
import { caseFormOf, CLINIC, completeApplication } from '../../mock/cases/support'
import type { ApiClient, Backend } from './backend'
import { urlsOf, type PageSpec } from './mini-app'
import { headerValue, waitFor } from './simulate'

/** The photo wx.chooseMedia picks: a page of print as a phone camera takes it. */
export const PHOTO_PATH = 'wxfile://tmp/zhaopian-0001.jpg'
export const PHOTO = encodeJpeg(documentPixels(640, 860, 7))

const BUNDLE = '诊所备案一件事'
const REASON = '缺少主要负责人签字，请签字后重新上传'

/** What the 一键代办 specs read from the server before their pages open. */
const made = {
  form: {} as CaseForm,
  wallet: [] as Licence[],
  /** Filed earlier; 李帮办 asked for 补正 of the 诊所备案信息表. */
  waiting: {} as CaseDetail,
  /** The user's earlier 建议, not about a case. */
  earlier: {} as Complaint,
}

const masked = (kind: Licence['kind']) => {
  const found = made.wallet.find((l) => l.kind === kind)
  return `${found?.name} ${found?.numberMasked}`
}

/** Files 诊所备案一件事 as the user (居民身份证 from the wallet), then 李帮办 asks for 补正. */
async function fileAndRequestCorrection(backend: Backend, user: ApiClient): Promise<CaseDetail> {
  const application = await completeApplication(backend.server, user.token, made.form)
  const idCard = made.wallet.find((l) => l.kind === 'id_card')
  const materials = application.materials.map((m) =>
    m.materialId === 'idCard'
      ? { materialId: 'idCard', uploadIds: [], licenceId: idCard?.id ?? null }
      : m,
  )
  const filed = await user.call<CaseDetail>('POST', '/api/v1/cases', {
    source: CLINIC,
    fields: application.fields,
    materials,
  })
  const helper = await backend.signIn('dev:helper-1')
  return helper.call<CaseDetail>('POST', `/api/v1/staff/cases/${filed.id}/correction`, {
    items: [{ target: 'material:clinicFilingForm', reason: REASON }],
  })
}

export function casesSpecs(backend: Backend, user: () => ApiClient): Record<string, PageSpec> {
  return {
    'packages/cases/pages/apply/index': {
      query: () => ({ kind: 'bundle', id: CLINIC.id }),
      async before() {
        // Back to 个人 after the 法人 pages; the doctor files for himself.
        await user().call('PUT', '/api/v1/me/active-identity', { enterpriseId: null })
        made.form = await caseFormOf(backend.server, user().token)
        made.wallet = (
          await user().call<{ items: Licence[] }>('GET', '/api/v1/ecert/licences')
        ).items
      },
      shows: () => [
        BUNDLE,
        `填写信息（共${made.form.fields.length}项）`,
        `上传材料（共${made.form.materials.length}项）`,
        '材料体检',
        `使用电子证照：${masked('id_card')}`,
        `使用电子证照：${masked('doctor_cert')}`,
        '已从实名信息预填',
        '提交，交给帮办员',
      ],
      async interact(page, app) {
        const doctor = masked('doctor_cert')
        await page.tap(`使用电子证照：${doctor}`)
        await page.waitForText(`✓ 使用电子证照：${doctor}，无需上传`)
        await page.tap('提交，交给帮办员')
        await page.waitForText(
          '材料体检未通过，请按上方标出的问题逐项处理后再提交',
          '请填写诊所名称',
        )
        expect(app.wx.requests('POST /api/v1/cases')).toEqual([])
        const [pick] = page.root.querySelectorAll('.gov-button--secondary')
        if (!pick) throw new Error('no upload button')
        pick.dispatchEvent('tap')
        // Stored by the server: its name and size as the server measured them.
        await page.waitForText(`✓ zhaopian-0001.jpg（${Math.round(PHOTO.length / 1024)}KB）`)
        const [upload] = app.wx.callsTo('uploadFile') as [Record<string, unknown>][]
        expect(upload?.[0]).toMatchObject({ filePath: PHOTO_PATH, name: 'file' })
        expect(String(upload?.[0]?.url)).toMatch(/\/api\/v1\/uploads$/)
        expect(
          headerValue((upload?.[0]?.header ?? {}) as Record<string, string>, 'Authorization'),
        ).toMatch(/^Bearer /)
      },
    },
    'packages/ecert/pages/wallet/index': {
      shows: () => [
        '个人证照',
        ...made.wallet.map((l) => l.name),
        ...made.wallet.map((l) => `证照号码 ${l.numberMasked}`),
        '持证人：王**',
      ],
    },
    'packages/cases/pages/list/index': {
      async before() {
        made.waiting = await fileAndRequestCorrection(backend, user())
      },
      shows: () => [
        BUNDLE,
        '待补正',
        `办件编号 ${made.waiting.number}`,
        '补正后重新受理，受理后1个工作日内办结（受理次日起算）',
      ],
      async interact(page, app) {
        await page.tap(`办件编号 ${made.waiting.number}`)
        await waitFor(() =>
          expect(urlsOf(app).at(-1)).toBe(
            `/packages/cases/pages/detail/index?id=${made.waiting.id}`,
          ),
        )
      },
    },
    'packages/cases/pages/detail/index': {
      query: () => ({ id: made.waiting.id }),
      shows: () => [
        '需要补正（共1项）',
        `• 诊所备案信息表：${REASON}`,
        '帮办员：李帮办（青山区政务服务中心 帮办代办窗口，电话 0472-3360123）',
        '联系电话：138****5678',
        `居民身份证：电子证照 ${made.wallet.find((l) => l.kind === 'id_card')?.numberMasked}`,
        '一次性告知补正 · 帮办员李帮办',
      ],
      async interact(page, app) {
        await page.tap('去补正')
        await waitFor(() =>
          expect(urlsOf(app).at(-1)).toBe(
            `/packages/cases/pages/correct/index?id=${made.waiting.id}`,
          ),
        )
      },
    },
    'packages/cases/pages/correct/index': {
      query: () => ({ id: made.waiting.id }),
      shows: () => [`${BUNDLE} · 补正`, `补正原因：${REASON}`, '上传材料（共1项）', '提交补正'],
      async interact(page, app) {
        await page.tap('提交补正')
        await page.waitForText('请上传诊所备案信息表')
        expect(app.wx.requests(`POST /api/v1/cases/${made.waiting.id}/resubmit`)).toEqual([])
      },
    },
    'packages/cases/pages/complaint/index': {
      query: () => ({ caseId: made.waiting.id }),
      async before() {
        made.earlier = await user().call<Complaint>('POST', '/api/v1/complaints', {
          kind: 'suggestion',
          content: '建议在万达广场服务点增加周末办理时间',
        })
      },
      shows: () => [
        `关于办件：${made.waiting.number}（${BUNDLE}）`,
        '投诉（已选）',
        '提交投诉',
        '我的投诉建议',
        `建议 · ${made.earlier.number}`,
        `最迟${formatDay(made.earlier.replyDue)}答复`,
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
        expect(sent?.body).toMatchObject({ kind: 'complaint', caseId: made.waiting.id })
        expect(headerValue(sent?.header ?? {}, 'Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/)
        const { items } = await user().call<{ items: Complaint[] }>('GET', '/api/v1/complaints')
        expect(items.map((c) => c.content)).toContain('窗口排队太慢了，等了两个小时还没办上')
      },
    },
    // The 帮办员 desk refuses a resident in words; the desk itself: tests/weapp/helper-desk.test.ts.
    'packages/cases/pages/staff/index': {
      shows: () => [
        '✓ 待办',
        '已办结',
        '没能加载出来',
        '仅限帮办员使用，请使用帮办员账号登录',
        '重试',
      ],
    },
    'packages/cases/pages/staff-case/index': {
      query: () => ({ id: made.waiting.id }),
      shows: () => ['没能加载出来', '仅限帮办员使用，请使用帮办员账号登录', '重试'],
    },
  }
}
