import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/support/chromium'
async function main() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
  await page.goto('http://localhost:3107/admin/supervision')

  await page.getByRole('button', { name: /开发登录/ }).click()
  await page.getByRole('heading', { name: '电子监察' }).waitFor()
  await page.getByText('办件量（按日）').first().waitFor()
  await page.waitForTimeout(1500)
  await page.screenshot({ path: '/tmp/sv-top.png' })
  const cards = page.locator('.ant-card')
  const n = await cards.count()
  for (let i = 0; i < n; i++) await cards.nth(i).screenshot({ path: `/tmp/sv-card${i}.png` })
  console.log('cards', n)
  console.log(errors)
  await browser.close()
}
main()
