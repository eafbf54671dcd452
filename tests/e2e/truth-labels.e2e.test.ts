// Labels that must be true (issue 15): the 一件事 comparison, the 示例 marks, one date style.
import type { Page } from 'playwright-core'
import { catalogSeed } from '../../mock/modules/catalog/data'
import { luhnCheckDigit } from '../../src/services/contract'
import { appPerFile } from './support/browser'
import { fill, screenshot as save, visiblePage } from './support/actions'

const app = appPerFile({ agreePrivacy: true, device: 'truth-labels' })
// 王芳's water account: no other suite pays its bills (life.e2e pays 张建国's), so its overdue
// January bill stays unpaid whatever order the suites run in.
const WATER = '150204003' + luhnCheckDigit('150204003')
const generated = catalogSeed.items.find((i) => i.sample)

/** The styles the app used before one formatter: 2026-12-14, 12-14 09:30, 12月14日（周一）. */
const OTHER_DATE_STYLES = /\d{4}-\d{2}-\d{2}|\b\d{2}-\d{2} \d{2}:\d{2}|（周.）/

/** After the page's slide-in has finished, so the picture shows the page alone. */
async function screenshot(page: Page, name: string) {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(600)
  await save(page, name)
}

async function open(page: Page, url: string, waitFor: string | RegExp) {
  await page.goto(url)
  await visiblePage(page).getByText(waitFor).first().waitFor()
  await expect(visiblePage(page).textContent()).resolves.not.toMatch(OTHER_DATE_STYLES)
}

async function shootAll(page: Page, baseUrl: string, mode: 'normal' | 'elder') {
  await open(
    page,
    `${baseUrl}/packages/catalog/pages/bundle/index?id=bundle-newborn`,
    /为什么一起办要多1个工作日/,
  )
  await expect(visiblePage(page).textContent()).resolves.not.toMatch(/合计\s*即办/)
  await screenshot(page, `truth-bundle-newborn-${mode}`)
  await open(
    page,
    `${baseUrl}/packages/catalog/pages/bundle/index?id=bundle-clinic-filing`,
    /一起办比一项接一项办少2个工作日/,
  )
  await screenshot(page, `truth-bundle-clinic-${mode}`)
  await open(
    page,
    `${baseUrl}/packages/catalog/pages/guide/index?id=${generated?.id ?? ''}`,
    /本指南由系统按事项类型生成/,
  )
  await screenshot(page, `truth-guide-sample-${mode}`)
  await open(page, `${baseUrl}/packages/labs/pages/index/index`, /示例编号，非真实证书/)
  await screenshot(page, `truth-labs-${mode}`)
  await open(page, `${baseUrl}/packages/life/pages/index/index`, '我的户号')
  await screenshot(page, `truth-life-${mode}`)
}

test('the pages with true labels, in normal mode and in 长辈模式', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/life/pages/index/index`)
  const home = visiblePage(page)
  await home.getByRole('radio', { name: /水费/ }).click()
  await fill(page, '户号', WATER)
  await fill(page, '户主的姓或预留手机后4位', '王')
  await home.getByRole('button', { name: '绑定户号' }).click()
  await home.getByText(`水费 · 户号 ${WATER} · 王*`).click()
  const bills = visiblePage(page)
  await bills.getByText(/本户号、账单和金额是示例数据/).waitFor()
  await bills
    .getByText(/已过缴费期限（(2026年)?2月25日 周三）/)
    .first()
    .waitFor()
  await screenshot(page, 'truth-bills-normal')

  await shootAll(page, baseUrl, 'normal')
  await page.goto(`${baseUrl}/`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  await shootAll(page, baseUrl, 'elder')
  await page.goBack()
  await page.goto(`${baseUrl}/packages/life/pages/index/index`)
  await visiblePage(page).getByText(`水费 · 户号 ${WATER} · 王*`).click()
  await visiblePage(page)
    .getByText(/本户号、账单和金额是示例数据/)
    .waitFor()
  await screenshot(page, 'truth-bills-elder')
})
