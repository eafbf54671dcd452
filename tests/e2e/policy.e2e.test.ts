import type { Page } from 'playwright-core'
import { usccCheckChar } from '../../src/services/contract'
import { appPerFile } from './support/browser'
import { PEOPLE, verifyInApp } from './support/identity'
import { fill, inputValue, screenshot, visiblePage } from './support/actions'
import { auditPage, ELDER_LIMITS, NORMAL_LIMITS, violations } from './support/audit'

const usccBody = '91150204MA0P7L5X3'
const uscc = usccBody + usccCheckChar(usccBody)
const NAME = '包头市青山区鹿城软件有限公司'
const TRAINING = '企业职工岗位技能培训补贴'

const app = appPerFile({ agreePrivacy: true })

/** The section (完全符合 / 部分符合 …) a policy card sits in on the match page. */
async function sectionOf(page: Page, title: string): Promise<string> {
  const card = visiblePage(page).locator('.gov-list-card', { hasText: title }).first()
  return card.evaluate((el) => el.parentElement?.getAttribute('aria-label') ?? '')
}

/** H5 slides a newly opened page in: wait until it has stopped moving before measuring it. */
async function settled(page: Page) {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.gov-page')).some(
      (el) => el.checkVisibility() && el.getBoundingClientRect().left === 0,
    ),
  )
}

async function saveProfile(page: Page) {
  await visiblePage(page).getByRole('button', { name: '保存企业画像' }).click()
  await visiblePage(page).getByText('企业画像已保存，政策匹配已按新画像更新').waitFor()
}

test('a 个人 identity is sent to add an enterprise first', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/policy/pages/match/index`)
  await visiblePage(page)
    .getByText(/请先在“实名与企业”中添加企业并切换为法人身份/)
    .waitFor()
  await visiblePage(page).getByRole('button', { name: '添加企业 / 切换身份' }).waitFor()
})

test('an enterprise fills its profile and sees 完全符合 and a near miss with its smallest change', async () => {
  const { page, baseUrl } = app
  await verifyInApp(page, baseUrl, PEOPLE.chen)
  await fill(page, '企业名称', NAME)
  await fill(page, '统一社会信用代码', uscc)
  await page.getByRole('button', { name: '添加企业' }).click()
  await page.getByText('企业已添加，可在上方切换为法人身份').waitFor()
  await page.getByRole('radio', { name: new RegExp(`法人 · ${NAME}`) }).click()
  await page.locator('[role="radio"][aria-checked="true"]', { hasText: `法人 · ${NAME}` }).waitFor()

  await page.goto(`${baseUrl}/packages/policy/pages/profile/index`)
  const view = visiblePage(page)
  await view.getByText('登记管理部门：市场监督管理部门').waitFor()
  await view.getByRole('radio', { name: '信息传输、软件和信息技术服务业' }).click()
  await view.getByRole('radio', { name: '65 软件和信息技术服务业' }).click()
  await fill(page, '成立日期', '2023-05-01')
  await view.getByRole('radio', { name: '幸福路街道' }).click()
  await view.getByRole('radio', { name: 'B级' }).click()
  await view
    .getByRole('radiogroup', { name: '是否按时足额缴纳失业保险' })
    .getByRole('radio', { name: '是，按时足额缴纳' })
    .click()
  await view.getByRole('checkbox', { name: /科技型中小企业/ }).click()
  await fill(page, '从业人数（人）', '8')
  await fill(page, '上年度营业收入（万元）', '300')
  await fill(page, '研发费用占营业收入比例（%）', '6')
  await fill(page, '上年度裁员率（%）', '0')
  await fill(page, '近12个月新招用高校毕业生（人）', '1')
  await saveProfile(page)
  await view.getByText('企业规模：微型').waitFor()
  await screenshot(page, 'policy-profile-normal')

  await view.getByRole('button', { name: '查看匹配结果' }).click()
  const match = visiblePage(page)
  await match.getByText(/完全符合（\d+）/).waitFor()
  await match.getByText('→ 从业人数再增加2人即可').first().waitFor()
  await settled(page)
  expect(await sectionOf(page, TRAINING)).toBe('部分符合')
  expect(await sectionOf(page, '失业保险稳岗返还')).toBe('完全符合')
  await screenshot(page, 'policy-match-normal')
  expect(violations(await auditPage(page), NORMAL_LIMITS)).toEqual([])

  await match.getByRole('button', { name: new RegExp(`^${TRAINING}`) }).click()
  const detail = visiblePage(page)
  await detail.getByText('参保职工10人以上').waitFor()
  await detail.getByText('您的情况：从业人数：8人').waitFor()
  await detail.getByRole('button', { name: '申报（商户绿色通道在线预审）' }).click()
  await detail.getByText('预审未通过').waitFor()
  await settled(page)
  await screenshot(page, 'policy-detail-normal')
})

test('two more staff move the near miss up to 完全符合, and 申报 then passes pre-review', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/policy/pages/profile/index`)
  await fill(page, '从业人数（人）', '10')
  // The draft survives a reload before it is saved.
  await page.reload()
  await visiblePage(page).getByText('已恢复上次未保存的填写内容').waitFor()
  expect(await inputValue(page, '从业人数（人）')).toBe('10')
  await saveProfile(page)
  await page.goto(`${baseUrl}/packages/policy/pages/match/index`)
  await visiblePage(page)
    .getByText(/完全符合（\d+）/)
    .waitFor()
  expect(await sectionOf(page, TRAINING)).toBe('完全符合')

  await page.goto(`${baseUrl}/packages/policy/pages/detail/index?id=city-training`)
  const detail = visiblePage(page)
  await detail.getByText('✓ 完全符合').waitFor()
  await detail.getByRole('button', { name: '申报（商户绿色通道在线预审）' }).click()
  await detail.getByText('预审通过').waitFor()

  // A rule with alternatives: the group and each alternative are listed with their state.
  await page.goto(`${baseUrl}/packages/policy/pages/detail/index?id=nat-stable-jobs`)
  const jobs = visiblePage(page)
  await jobs.getByText('上年度未裁员或裁员率不高于5.5%', { exact: false }).first().waitFor()
  await jobs.getByText('免申即享：不用另外申请', { exact: false }).waitFor()
  await expect(jobs.getByRole('button', { name: /申报/ }).count()).resolves.toBe(0)
  await screenshot(page, 'policy-detail-any-normal')
})

test('长辈模式: the match, calendar and green-channel pages meet the 适老化 numbers', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  await expect(
    page.getByRole('switch', { name: '长辈模式' }).getAttribute('aria-checked'),
  ).resolves.toBe('true')

  for (const [path, ready, name] of [
    ['match/index', /完全符合（\d+）/, 'policy-match-elder'],
    ['calendar/index', '新政策订阅', 'policy-calendar-elder'],
    ['green/index', /政策兑现在线预审（[1-9]\d*）/, 'policy-green-elder'],
    ['profile/index', '保存企业画像', 'policy-profile-elder'],
  ] as const) {
    await page.goto(`${baseUrl}/packages/policy/pages/${path}`)
    await visiblePage(page).getByText(ready).first().waitFor()
    await screenshot(page, name)
    expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  }

  await page.goto(`${baseUrl}/packages/policy/pages/calendar/index`)
  await visiblePage(page).getByRole('button', { name: '订阅新政策提醒' }).click()
  await visiblePage(page)
    .getByText(/已订阅（(\d{4}年)?\d+月\d+日 周.起）/)
    .waitFor()
})
