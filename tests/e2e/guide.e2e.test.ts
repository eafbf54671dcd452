import type { Page } from 'playwright-core'
import { appPerFile } from './support/browser'
import { screenshot as capture, visiblePage } from './support/actions'
import { auditPage, ELDER_LIMITS, NORMAL_LIMITS, violations } from './support/audit'

const app = appPerFile({ agreePrivacy: true })

/** After H5's page slide has finished, so the picture shows the page rather than half of it. */
async function screenshot(page: Page, name: string) {
  await page.waitForTimeout(500)
  await capture(page, name)
}

async function say(page: Page, words: string) {
  const view = visiblePage(page)
  await view.locator('textarea').fill(words)
  await view.getByRole('button', { name: '帮我看看怎么办' }).click()
}

test('我要开饭店 → 公司 → a plan from the catalog → 一键代办 opens the 企业开办一件事 form', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/`)
  await page
    .getByLabel('常用服务')
    .getByRole('button', { name: /说说您要办什么/ })
    .click()
  await say(page, '我要开饭店')
  const view = visiblePage(page)
  await view.getByText('您是以个体工商户还是公司开办？').waitFor()
  await screenshot(page, 'guide-question')
  await view.getByRole('button', { name: '公司', exact: true }).click()

  await view.getByText('企业开办一件事', { exact: true }).waitFor()
  // Every sentence is a link to the guide field it came from.
  const links = view.locator('.guide-sentence')
  const count = await links.count()
  expect(count).toBeGreaterThan(5)
  for (const label of await links.evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-label') ?? ''),
  )) {
    expect(label).toMatch(/（来源：.+ · .+）$/)
  }
  await view.getByText(/就近办理：/).waitFor()
  await view.getByRole('button', { name: '看视频讲解' }).waitFor()
  await view.getByRole('button', { name: '收藏' }).waitFor()
  expect(violations(await auditPage(page), NORMAL_LIMITS)).toEqual([])
  await screenshot(page, 'guide-plan')
  await view.getByLabel('要带的材料').scrollIntoViewIfNeeded()
  await screenshot(page, 'guide-plan-materials')

  // The app killed and opened again: the plan comes back.
  await page.reload()
  await visiblePage(page).getByText('企业开办一件事', { exact: true }).waitFor()

  await visiblePage(page)
    .getByRole('button', { name: /一键代办/ })
    .click()
  await page.waitForURL(/kind=bundle&id=bundle-enterprise-setup/)
  await visiblePage(page)
    .getByText(/一次提交，同时办理：企业开办（有限责任公司设立登记）/)
    .waitFor()
  await visiblePage(page).getByRole('button', { name: '提交，交给帮办员' }).waitFor()
  await screenshot(page, 'guide-apply')
})

test('长辈模式: the first tile, one question per screen, large text, 朗读, then the 个体工商户 form', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  const tiles = page.getByLabel('常办的事').getByRole('button')
  await expect(tiles.first().innerText()).resolves.toContain('说说您要办什么')
  await tiles.first().click()
  const view = visiblePage(page)
  // The conversation of the first test is still there: start over.
  await view.getByRole('button', { name: '重新说' }).click()
  await say(page, '我要开饭店')
  await view.getByText('您是以个体工商户还是公司开办？').waitFor()
  await expect(view.locator('textarea').count()).resolves.toBe(0)
  const font = await view
    .getByText('您是以个体工商户还是公司开办？')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(font).toBeGreaterThanOrEqual(18)
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'guide-question-elder')

  await view.getByRole('button', { name: '个体工商户', exact: true }).click()
  await view.getByText('开饭店（个体工商户）').waitFor()
  await view.getByText(/第1步：个体工商户设立登记/).waitFor()
  // 朗读, or where this browser has no voice, saying so.
  await view.locator('.read-aloud').first().waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'guide-plan-elder')
  await view.getByLabel('去哪儿办').scrollIntoViewIfNeeded()
  await screenshot(page, 'guide-plan-place-elder')

  await view.getByRole('button', { name: /一键代办/ }).click()
  await page.waitForURL(/kind=item&id=market-individual-setup/)
  // 长辈模式 asks the form one question per screen too.
  await visiblePage(page)
    .getByText(/第1题，共\d+题/)
    .waitFor()
  await screenshot(page, 'guide-apply-elder')
})
