import type { Zone } from '../../src/services/contract'
import { appPerFile } from './support/browser'
import { fill, screenshot, visiblePage } from './support/actions'
import { auditPage, ELDER_LIMITS, violations } from './support/audit'
import { plainPicture, qrPicture } from '../support/qr-picture'

const app = appPerFile({ agreePrivacy: true })
const SCAN_PAGE = '/packages/qr/pages/scan/index'
const INPUT = '扫不了？输入二维码下方的文字'

let printed: Promise<Zone> | null = null

/** The 企业智惠服务专区 wall as the server prints it (what a code on the wall carries). */
function wall(baseUrl: string): Promise<Zone> {
  printed ??= (async () => {
    const signIn = await fetch(`${baseUrl}/api/v1/auth/wechat-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'dev:e2e-wall-reader' }),
    })
    const { data } = (await signIn.json()) as { data: { token: string } }
    const res = await fetch(`${baseUrl}/api/v1/qr/zones/enterprise`, {
      headers: { authorization: `Bearer ${data.token}` },
    })
    return ((await res.json()) as { data: Zone }).data
  })()
  return printed
}

const linkOf = (zone: Zone, title: string) =>
  zone.services.find((s) => s.title === title)?.link ?? ''

async function enter(page: import('playwright-core').Page, baseUrl: string, text: string) {
  await page.goto(`${baseUrl}${SCAN_PAGE}`)
  await fill(page, INPUT, text)
  await visiblePage(page).getByRole('button', { name: '识别', exact: true }).click()
}

test('a guide code from the wall opens the guide with the 官方码 badge', async () => {
  const { page, baseUrl } = app
  const zone = await wall(baseUrl)
  await enter(page, baseUrl, linkOf(zone, '企业开办'))
  await page.waitForURL(/catalog\/pages\/guide/)
  const guide = visiblePage(page)
  await guide.getByLabel('官方码').getByText('✓ 官方码').waitFor()
  await guide.getByText('企业开办（有限责任公司设立登记）').first().waitFor()
  await screenshot(page, 'qr-guide-official')
})

test('从相册选择: a picture of a wall code opens the guide, exactly as a camera scan does', async () => {
  const { page, baseUrl } = app
  const link = linkOf(await wall(baseUrl), '企业开办')
  await page.goto(`${baseUrl}${SCAN_PAGE}`)
  await screenshot(page, 'qr-scan-album')
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    visiblePage(page).getByRole('button', { name: '从相册选择' }).click(),
  ])
  await chooser.setFiles({ name: '二维码.png', mimeType: 'image/png', buffer: qrPicture(link) })
  await page.waitForURL(/catalog\/pages\/guide/)
  await visiblePage(page).getByLabel('官方码').getByText('✓ 官方码').waitFor()
})

test('从相册选择 a picture without a code says so and opens nothing', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}${SCAN_PAGE}`)
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    visiblePage(page).getByRole('button', { name: '从相册选择' }).click(),
  ])
  await chooser.setFiles({ name: '风景.png', mimeType: 'image/png', buffer: plainPicture() })
  await visiblePage(page).getByText('这张图片里没有找到二维码', { exact: false }).waitFor()
  expect(page.url()).toContain(SCAN_PAGE)
})

test('a forged code and a foreign link get the red warning and open nothing', async () => {
  const { page, baseUrl } = app
  const link = linkOf(await wall(baseUrl), '企业开办')
  // A signature of its own (one wrong character would be a typo, told to check and retype).
  const forged = link.slice(0, -10) + (link.endsWith('AAAAAAAAAA') ? 'BBBBBBBBBB' : 'AAAAAAAAAA')
  await enter(page, baseUrl, forged)
  const warning = visiblePage(page).getByRole('alert', { name: '非本平台官方二维码' })
  await warning.getByText('二维码内容被篡改过', { exact: false }).waitFor()
  expect(page.url()).toContain(SCAN_PAGE)
  await screenshot(page, 'qr-forged')

  await warning.getByRole('button', { name: '重新扫码' }).click()
  await fill(page, INPUT, 'https://example.com/subsidy?claim=1')
  await visiblePage(page).getByRole('button', { name: '识别', exact: true }).click()
  await visiblePage(page).getByText('这不是本平台签发的二维码', { exact: false }).waitFor()
  expect(page.url()).toContain(SCAN_PAGE)
})

test('a 取号 code gives a number with the people ahead; 扫码记录 lists every scan', async () => {
  const { page, baseUrl } = app
  const zone = await wall(baseUrl)
  // The number is taken only in opening hours, so the test reads what the page says either way.
  await enter(page, baseUrl, linkOf(zone, '政务服务中心取号'))
  await page.waitForURL(/qr\/pages\/queue/)
  await visiblePage(page).getByText('✓ 官方码').waitFor()
  await visiblePage(page).getByRole('button', { name: '取号' }).click()
  const ticket = visiblePage(page).getByLabel('我的排队号')
  const closed = visiblePage(page).getByText('现在不在办公时间', { exact: false })
  await Promise.race([ticket.waitFor(), closed.waitFor()])
  if (await ticket.isVisible()) {
    await expect(ticket.textContent()).resolves.toMatch(/A\d{3}前面还有 \d+ 人/)
  }

  await page.goto(`${baseUrl}/packages/qr/pages/records/index`)
  const records = visiblePage(page).getByLabel('扫码记录')
  await records.waitFor()
  await records.getByText('✓ 官方码 · 政务服务中心取号').waitFor()
  await records.getByText('✗ 被篡改的二维码').waitFor()
  await records.getByText('✗ 非本平台二维码').waitFor()
})

test('验真 calls out a scam message and recognises an official link', async () => {
  const { page, baseUrl } = app
  const link = linkOf(await wall(baseUrl), '企业开办')
  await page.goto(`${baseUrl}/packages/qr/pages/verify/index`)
  const box = page.locator('taro-textarea-core[aria-label="要检查的内容"] textarea')
  await box.fill('【青山区】您有一笔补贴待领取，请点击 https://qs-gov.cc/b 输入验证码')
  await visiblePage(page).getByRole('button', { name: '检查是否官方' }).click()
  await visiblePage(page)
    .getByText('含有非本平台网址：https://qs-gov.cc/b', { exact: false })
    .waitFor()
  await visiblePage(page).getByText('任何人问验证码都是诈骗', { exact: false }).waitFor()
  await box.fill(`企业开办指南：${link}`)
  await visiblePage(page).getByRole('button', { name: '检查是否官方' }).click()
  await visiblePage(page).getByLabel('官方码').getByText('“企业开办”', { exact: false }).waitFor()
})

test('长辈模式: the scanner and the warning meet the 适老化 numbers', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  await page.goto(`${baseUrl}${SCAN_PAGE}`)
  await visiblePage(page).getByText('识别', { exact: true }).waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await fill(page, INPUT, 'wxp://f2f0e5abcdefg')
  await visiblePage(page).getByRole('button', { name: '识别', exact: true }).click()
  await visiblePage(page).getByRole('alert', { name: '非本平台官方二维码' }).waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'qr-warning-elder')
})
