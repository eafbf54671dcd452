// The policy-matching pages, one expectation per page, on the real server: the user (实名 as
// 王志强) acts as the clinic he represents, whose 企业画像 says 8 staff.
import { FIRMS } from '../../mock/helpers'
import { urlsOf, type PageSpec } from './mini-app'
import type { ApiClient } from './backend'
import { headerValue, waitFor } from './simulate'

const FIRM = FIRMS.clinic
const ENTERPRISE = FIRM.name

/** Binds the firm (the user is its 法定代表人), acts as it and fills two 企业画像 answers. */
export async function actAsFirm(user: ApiClient): Promise<void> {
  const profile = await user.call<{ enterprises: { id: string; name: string }[] }>(
    'POST',
    '/api/v1/me/enterprises',
    { name: FIRM.name, uscc: FIRM.uscc },
  )
  const enterpriseId = profile.enterprises.find((e) => e.name === FIRM.name)?.id ?? null
  await user.call('PUT', '/api/v1/me/active-identity', { enterpriseId })
  const current = await user.call<{ form: Record<string, string> }>('GET', '/api/v1/policy/profile')
  await user.call('PUT', '/api/v1/policy/profile', {
    ...current.form,
    industryDivision: '65',
    staff: '8',
  })
}

export const policySpecs = (user: () => ApiClient): Record<string, PageSpec> => ({
  'packages/policy/pages/match/index': {
    before: () => actAsFirm(user()),
    shows: [
      ENTERPRISE,
      '完全符合（1）',
      '部分符合（1）',
      '✓ 完全符合',
      '西部大开发企业所得税优惠',
      '免申即享',
      '软件和信息技术服务业发展扶持',
      '→ 从业人数再增加2人即可',
    ],
    async interact(page, app) {
      await page.tap('软件和信息技术服务业发展扶持')
      await waitFor(() =>
        expect(urlsOf(app).at(-1)).toBe('/packages/policy/pages/detail/index?id=city-software'),
      )
      await page.tap('完善企业画像')
      await waitFor(() => expect(urlsOf(app).at(-1)).toBe('/packages/policy/pages/profile/index'))
    },
  },
  'packages/policy/pages/profile/index': {
    shows: [
      ENTERPRISE,
      '登记管理部门：市场监督管理部门',
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
    shows: [
      '新政策订阅',
      '2026年4月',
      '专精特新“小巨人”企业重点支持',
      '4月30日 周四 截止 · 还剩59天',
      '订阅新政策提醒',
    ],
    async interact(page, app) {
      await page.tap('订阅新政策提醒')
      await page.waitForText('3月2日 周一起）', '自治区科技创新券', '退订')
      expect(app.wx.requests('PUT /api/v1/policy/subscription').map((r) => r.body)).toEqual([
        { subscribed: true },
      ])
    },
  },
  'packages/policy/pages/green/index': {
    // The detail page's spec ran one 政策兑现 预审 before.
    shows: ['执照年检（企业年度报告）预审', '预审记录（1）', '开始年检预审'],
    async interact(page) {
      await page.tap('开始年检预审')
      await page.waitForText(
        '年报需要填报的信息还不完整：成立日期、上年度营业收入、社保（失业保险）缴纳情况',
        '预审记录（2）',
        '预审时间：3月2日 周一 09:00',
      )
    },
  },
})
