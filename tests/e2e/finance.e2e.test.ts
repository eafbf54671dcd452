import type { Page } from 'playwright-core'
import { usccCheckChar } from '../../src/services/contract'
import { appPerFile, openAppAs } from './support/browser'
import { PEOPLE, verifyInApp } from './support/identity'
import { fill, screenshot, visiblePage } from './support/actions'
import { auditPage, ELDER_LIMITS, violations } from './support/audit'

const app = appPerFile({ agreePrivacy: true })
const usccBody = '91150204MA0N5K8P3'
const uscc = usccBody + usccCheckChar(usccBody)
const ENTERPRISE = '包头市青山区示例机械制造有限公司'

async function answer(page: Page, label: string, choice: string) {
  await visiblePage(page)
    .getByRole('radiogroup', { name: label })
    .getByRole('radio', { name: new RegExp(`^${choice}`) })
    .click()
}

test('credit self-assessment → apply as 法人 → the bank accepts → the applicant sees it', async () => {
  const { page, baseUrl } = app
  await verifyInApp(page, baseUrl, PEOPLE.liu)
  await fill(page, '企业名称', ENTERPRISE)
  await fill(page, '统一社会信用代码', uscc)
  await page.getByRole('button', { name: '添加企业' }).click()
  await page.getByRole('radio', { name: new RegExp(`法人 · ${ENTERPRISE}`) }).click()
  await page.locator('[role="radio"][aria-checked="true"]', { hasText: ENTERPRISE }).waitFor()

  await page.goto(`${baseUrl}/packages/finance/pages/credit/index`)
  await visiblePage(page).getByRole('button', { name: '开始自评' }).click()
  await visiblePage(page).getByText('✗ 请选择成立年限').waitFor()
  await answer(page, '成立年限', '5年以上')
  await answer(page, '上年营业收入', '500万至2000万元')
  await answer(page, '纳税信用等级', 'A级')
  await answer(page, '近两年逾期记录', '没有逾期')
  await answer(page, '是否有可抵押的房产', '没有')
  await answer(page, '企业资质', '无')
  await visiblePage(page).getByRole('button', { name: '开始自评' }).click()
  const result = visiblePage(page)
  await result.getByText('A级 · 100分').waitFor()
  await result.getByText('↑ 加15分：纳税信用A级').waitFor()
  await result.getByText('✗ 需要可抵押的房产').waitFor()
  await screenshot(page, 'finance-credit-result')
  await result.getByRole('button', { name: '申请小微企业纳税信用贷' }).click()

  const apply = visiblePage(page)
  await apply.getByText('信用自评 A 级', { exact: false }).waitFor()
  await fill(page, '申请金额（万元）', '80')
  await fill(page, '贷款用途', '采购钢材原材料')
  await apply.getByRole('button', { name: '提交申请' }).click()
  await apply.getByText('✗ 请先备齐并确认全部申请材料').waitFor()
  await apply.getByRole('radio', { name: /以上材料已全部备齐/ }).click()
  await apply.getByRole('button', { name: '提交申请' }).click()
  const progress = visiblePage(page)
  await progress.getByText('… 已提交，等待银行受理').waitFor()
  await progress.getByText(`申请企业：${ENTERPRISE}`).waitFor()
  const applicationUrl = page.url()

  const bank = await openAppAs('bank-abc')
  try {
    await bank.page.goto(`${bank.baseUrl}/packages/finance/pages/bank/index`)
    await visiblePage(bank.page).getByText(`${ENTERPRISE} · 80万元`).click()
    const desk = visiblePage(bank.page)
    await desk.getByText('银行处理').waitFor()
    await desk.getByRole('radio', { name: /^受理/ }).click()
    await fill(bank.page, '说明（申请人可见）', '资料齐全，客户经理3个工作日内联系面签')
    await desk.getByRole('button', { name: '提交处理结果' }).click()
    await desk.getByText('✓ 银行已受理，客户经理将联系您').waitFor()
    await screenshot(bank.page, 'finance-bank-accepted')
  } finally {
    await bank.context.close()
  }

  await page.goto(applicationUrl)
  const seen = visiblePage(page)
  await seen.getByText('✓ 银行已受理，客户经理将联系您').waitFor()
  await seen.getByText('银行说明：资料齐全，客户经理3个工作日内联系面签').waitFor()
  await expect(seen.textContent()).resolves.not.toContain('提交处理结果')
})

test('金融服务 in 长辈模式 passes the audit', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/account/pages/settings/index`)
  await visiblePage(page).getByRole('radio', { name: /^开启/ }).click()
  await page.goto(`${baseUrl}/packages/finance/pages/index/index`)
  await page.locator('.gov-page[data-elder="on"]:visible').waitFor()
  await visiblePage(page)
    .getByText('… 已提交', { exact: false })
    .or(visiblePage(page).getByText('✓ 银行已受理', { exact: false }))
    .first()
    .waitFor()
  await screenshot(page, 'finance-elder-home')
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
})
