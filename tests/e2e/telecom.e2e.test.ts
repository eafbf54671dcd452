import { appPerFile } from './support/browser'
import { fill, screenshot, visiblePage } from './support/actions'
import { auditPage, ELDER_LIMITS, violations } from './support/audit'

const app = appPerFile({ agreePrivacy: true })

test('compare three operators side by side, then request the cheapest', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/telecom/pages/index/index`)
  const list = visiblePage(page)
  for (const name of ['移动300M宽带', '联通300M宽带', '电信500M宽带'])
    await list.getByRole('button', { name: `加入比价：${name}` }).click()
  const table = list.getByLabel('套餐比价')
  await table.getByText('600元（最省）').waitFor()
  await expect(table.textContent()).resolves.toContain('1048元')
  await screenshot(page, 'telecom-compare')
  await list.getByRole('button', { name: '办理移动300M宽带' }).click()

  const form = visiblePage(page)
  await form.getByText('中国移动 · 月费 50元 · 首年合计 600元').waitFor()
  await fill(page, '联系人', '王志强')
  await fill(page, '手机号', '1384720000')
  await form.getByRole('button', { name: '提交办理预约' }).click()
  await form.getByText(/✗ .*手机号/).waitFor()
  await fill(page, '手机号', '13847200001')
  await fill(page, '安装地址', '青山区幸福路街道幸福南路12号楼3单元501')
  await form.getByRole('button', { name: '提交办理预约' }).click()
  await form.getByText(/已提交，受理编号 TX\d{8}[0-9A-F]{6}/).waitFor()
  await form.getByText(/移动300M宽带 · 受理编号/).waitFor()
  await expect(form.textContent()).resolves.toContain('王** 138****0001')
})

test('the comparison in 长辈模式 passes the audit', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/account/pages/settings/index`)
  await visiblePage(page).getByRole('radio', { name: /^开启/ }).click()
  await page.goto(`${baseUrl}/packages/telecom/pages/index/index`)
  await page.locator('.gov-page[data-elder="on"]:visible').waitFor()
  await visiblePage(page).getByRole('button', { name: '加入比价：移动300M宽带' }).click()
  await visiblePage(page).getByRole('button', { name: '加入比价：联通300M宽带' }).click()
  await visiblePage(page).getByText('600元（最省）').waitFor()
  await screenshot(page, 'telecom-elder-compare')
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
})
