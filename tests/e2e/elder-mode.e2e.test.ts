import type { Page } from 'playwright-core'
import { appPerFile } from './support/browser'
import { auditPage, ELDER_LIMITS, NORMAL_LIMITS, violations } from './support/audit'
import { screenshot, tab, visiblePage } from './support/actions'

const app = appPerFile()

test('signs in, agrees to the privacy notice, and the home page meets the normal-mode target size', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/`)
  await page.getByText('隐私保护提示').waitFor()
  await page.getByRole('button', { name: '同意并继续' }).click()
  await expectGone(page, '隐私保护提示')

  await tab(page, '我的')
  await page.getByText(/已登录/).waitFor()
  await tab(page, '首页')
  await page.getByRole('switch', { name: '长辈模式' }).waitFor()
  await screenshot(page, 'home-normal')
  expect(violations(await auditPage(page), NORMAL_LIMITS)).toEqual([])
})

test('长辈模式 switched on stays on after a reload and meets the 适老化 numbers', async () => {
  const { page } = app
  const toggle = page.getByRole('switch', { name: '长辈模式' })
  await expect(toggle.getAttribute('aria-checked')).resolves.toBe('false')
  await toggle.click()
  await expect(toggle.getAttribute('aria-checked')).resolves.toBe('true')

  await page.reload()
  await page.getByRole('switch', { name: '长辈模式' }).waitFor()
  await expect(
    page.getByRole('switch', { name: '长辈模式' }).getAttribute('aria-checked'),
  ).resolves.toBe('true')
  await expect(visiblePage(page).getAttribute('class')).resolves.toContain('gov-elder')
  // Still signed in after the reload, and the consent is not asked again.
  await expect(page.getByText('隐私保护提示').count()).resolves.toBe(0)

  const bodyFont = await page
    .locator('.gov-page:visible')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(bodyFont).toBeGreaterThanOrEqual(18)
  await screenshot(page, 'home-elder')
  const result = await auditPage(page)
  expect(result.texts.length).toBeGreaterThan(5)
  expect(result.targets.length).toBeGreaterThan(3)
  expect(violations(result, ELDER_LIMITS)).toEqual([])
})

test('我的 in 长辈模式 shows the signed-in identity and meets the numbers', async () => {
  const { page } = app
  await tab(page, '我的')
  await page.getByText(/已登录/).waitFor()
  await screenshot(page, 'mine-elder')
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
})

async function expectGone(p: Page, text: string): Promise<void> {
  await p.getByText(text).first().waitFor({ state: 'detached' })
}
