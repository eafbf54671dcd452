import { luhnCheckDigit } from '../../src/services/contract'
import { appPerFile } from './support/browser'
import { fill, screenshot, visiblePage } from './support/actions'
import { auditPage, ELDER_LIMITS, violations } from './support/audit'

const app = appPerFile({ agreePrivacy: true })
// The seeded water account of 张建国 (mock/db/utility-seed.ts).
const WATER = '150204001' + luhnCheckDigit('150204001')

test('a wrong 户号 is explained before anything is bound', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/life/pages/index/index`)
  const home = visiblePage(page)
  await home.getByText('沙箱支付（演示）：不会真实扣款').waitFor()
  await home.getByRole('radio', { name: /水费/ }).click()
  await fill(page, '户号', WATER.slice(0, 9) + ((Number(WATER.slice(-1)) + 1) % 10))
  await home.getByRole('button', { name: '绑定户号' }).click()
  await home.getByText('✗ 户号最后一位校验码不正确，请核对是否输错').waitFor()
  await fill(page, '户号', '1502040')
  await home.getByRole('button', { name: '绑定户号' }).click()
  await home.getByText('✗ 户号应为10位数字，您填了7位').waitFor()
})

test('bind, pay a bill through the sandbox step, get a receipt; the same bill cannot be paid twice', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/life/pages/index/index`)
  const home = visiblePage(page)
  await home.getByRole('radio', { name: /水费/ }).click()
  await fill(page, '户号', WATER)
  await fill(page, '户主的姓或预留手机后4位', '李')
  await home.getByRole('button', { name: '绑定户号' }).click()
  await home.getByText(/户主的姓或手机号后4位与开户登记不一致/).waitFor()
  await fill(page, '户主的姓或预留手机后4位', '张')
  await home.getByRole('button', { name: '绑定户号' }).click()
  await home.getByText(`水费 · 户号 ${WATER} · 张**`).click()

  const bills = visiblePage(page)
  await bills.getByText('2026年1月', { exact: true }).waitFor()
  await bills.getByRole('button', { name: '缴费 ¥43.75' }).click()
  const pay = visiblePage(page)
  const confirm = pay.getByRole('button', { name: '确认支付 ¥43.75（沙箱）' })
  await confirm.waitFor()
  await screenshot(page, 'life-pay-confirm')
  const payUrl = page.url()
  await confirm.click()

  const receipt = visiblePage(page)
  await receipt.getByText('缴费成功（沙箱演示，未真实扣款）').waitFor()
  await expect(receipt.textContent()).resolves.toMatch(/回执号SBX\d{8}[0-9A-F]{8}/)
  await screenshot(page, 'life-receipt')

  // Back to the confirmation page (e.g. a second tap from history): the server refuses.
  await page.goto(payUrl)
  const again = visiblePage(page)
  await again.getByText('该账单已缴清，无需重复缴费').waitFor()
  await expect(
    again.getByRole('button', { name: '确认支付 ¥43.75（沙箱）' }).getAttribute('aria-disabled'),
  ).resolves.toBe('true')

  await page.goto(`${baseUrl}/packages/life/pages/index/index`)
  await visiblePage(page).getByText('待缴 1 笔，共 ¥38.50').waitFor()
})

test('生活缴费 in 长辈模式 passes the audit', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/account/pages/settings/index`)
  await visiblePage(page).getByRole('radio', { name: /^开启/ }).click()
  await page.goto(`${baseUrl}/packages/life/pages/index/index`)
  await page.locator('.gov-page[data-elder="on"]:visible').waitFor()
  await visiblePage(page)
    .getByText(/待缴 1 笔/)
    .click()
  await visiblePage(page).getByText('✓ 已缴清').waitFor()
  await screenshot(page, 'life-elder-bills')
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await page.goto(`${baseUrl}/packages/life/pages/index/index`)
  await visiblePage(page)
    .getByText(/待缴 1 笔/)
    .waitFor()
  await screenshot(page, 'life-elder-home')
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
})
