// H5 navigation and spacing (issue 15): every sub-page has a title bar with 返回 (首页 when opened
// from a link), an unknown address gets a page with a way home, and no two tap targets touch.
import type { Page } from 'playwright-core'
import { appPerFile } from './support/browser'
import { screenshot, visiblePage } from './support/actions'
import { touchingTargets } from './support/gaps'

const app = appPerFile({ agreePrivacy: true })
const GUIDE = 'packages/catalog/pages/guide/index?id=hrss-social-card-loss'

async function setElder(page: Page, on: boolean) {
  await page.goto(`${app.baseUrl}/`)
  const toggle = page.getByRole('switch', { name: '长辈模式' })
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click()
}

test('an unknown address shows a friendly page with a way home, not a blank screen', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/nowhere/pages/gone/index?x=1`)
  const shown = visiblePage(page)
  await shown.getByText('没有找到这个页面').waitFor()
  await screenshot(page, 'not-found')
  await shown.getByRole('button', { name: '回到首页' }).click()
  await page.getByRole('switch', { name: '长辈模式' }).waitFor()
  expect(new URL(page.url()).pathname).toMatch(/^\/(pages\/index\/index)?$/)
})

test('a sub-page opened from a link has a title bar with 首页; one reached in the app has 返回', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/${GUIDE}`)
  const guide = visiblePage(page)
  await guide.getByRole('heading', { name: '办事指南' }).waitFor()
  await expect(guide.getByRole('button', { name: /返回/ }).count()).resolves.toBe(0)
  await guide.getByRole('button', { name: '首页' }).click()
  await page.getByRole('switch', { name: '长辈模式' }).waitFor()

  await visiblePage(page)
    .getByRole('button', { name: /就近办/ })
    .click()
  const nearby = visiblePage(page)
  await nearby.getByRole('heading', { name: '就近办' }).waitFor()
  await screenshot(page, 'title-bar-back')
  await nearby.getByRole('button', { name: /返回/ }).click()
  await page.getByRole('switch', { name: '长辈模式' }).waitFor()
})

describe.each([
  ['normal', false, 8],
  ['elder', true, 16],
] as const)('%s mode', (mode, elder, minGap) => {
  beforeAll(() => setElder(app.page, elder))

  test(`the 办事指南 buttons stand ≥ ${minGap}px apart`, async () => {
    const { page, baseUrl } = app
    await page.goto(`${baseUrl}/${GUIDE}`)
    await visiblePage(page).getByRole('button', { name: '看视频讲解' }).waitFor()
    await screenshot(page, `guide-${mode}`)
    expect(await touchingTargets(page, minGap)).toEqual([])
  })

  test(`a question's options and 下一题 stand ≥ ${minGap}px apart`, async () => {
    const { page, baseUrl } = app
    await page.goto(`${baseUrl}/packages/legal/pages/intake/index?topic=labor`)
    await visiblePage(page).getByRole('radio').first().waitFor()
    await screenshot(page, `intake-${mode}`)
    expect(await touchingTargets(page, minGap)).toEqual([])
  })
})
