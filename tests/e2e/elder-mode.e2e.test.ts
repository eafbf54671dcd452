import path from 'node:path'
import { mkdirSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'
import { ARTIFACTS, openApp } from './support/browser'
import { auditPage, ELDER_LIMITS, NORMAL_LIMITS, violations } from './support/audit'

let context: BrowserContext
let page: Page
let baseUrl: string

beforeAll(async () => {
  ;({ context, page, baseUrl } = await openApp())
  mkdirSync(ARTIFACTS, { recursive: true })
})
afterAll(() => context.close())

const shot = (name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })

test('signs in, agrees to the privacy notice, and the home page meets the normal-mode target size', async () => {
  await page.goto(`${baseUrl}/`)
  await page.getByText('隐私保护提示').waitFor()
  await page.getByRole('button', { name: '同意并继续' }).click()
  await expectGone(page, '隐私保护提示')

  await page.locator('.weui-tabbar__item', { hasText: '我的' }).click()
  await page.getByText(/已登录/).waitFor()
  await page.locator('.weui-tabbar__item', { hasText: '首页' }).click()
  await page.getByRole('switch', { name: '长辈模式' }).waitFor()
  await shot('home-normal')
  expect(violations(await auditPage(page), NORMAL_LIMITS)).toEqual([])
})

test('长辈模式 switched on stays on after a reload and meets the 适老化 numbers', async () => {
  const toggle = page.getByRole('switch', { name: '长辈模式' })
  await expect(toggle.getAttribute('aria-checked')).resolves.toBe('false')
  await toggle.click()
  await expect(toggle.getAttribute('aria-checked')).resolves.toBe('true')

  await page.reload()
  await page.getByRole('switch', { name: '长辈模式' }).waitFor()
  await expect(
    page.getByRole('switch', { name: '长辈模式' }).getAttribute('aria-checked'),
  ).resolves.toBe('true')
  await expect(page.locator('.gov-page:visible').getAttribute('class')).resolves.toContain(
    'gov-elder',
  )
  // Still signed in after the reload, and the consent is not asked again.
  await expect(page.getByText('隐私保护提示').count()).resolves.toBe(0)

  const bodyFont = await page
    .locator('.gov-page:visible')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(bodyFont).toBeGreaterThanOrEqual(18)
  await shot('home-elder')
  const result = await auditPage(page)
  expect(result.texts.length).toBeGreaterThan(5)
  expect(result.targets.length).toBeGreaterThan(3)
  expect(violations(result, ELDER_LIMITS)).toEqual([])
})

test('我的 in 长辈模式 shows the signed-in identity and meets the numbers', async () => {
  await page.locator('.weui-tabbar__item', { hasText: '我的' }).click()
  await page.getByText(/已登录/).waitFor()
  await shot('mine-elder')
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
})

async function expectGone(p: Page, text: string): Promise<void> {
  await p.getByText(text).first().waitFor({ state: 'detached' })
}
