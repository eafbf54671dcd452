import { appPerFile } from './support/browser'
import { fill, screenshot, settledCount, visiblePage } from './support/actions'

const app = appPerFile({ agreePrivacy: true })

test('the point finder lists the seeded 青山区 service points and filters by kind', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/points/pages/list/index`)
  const list = visiblePage(page).getByLabel('服务网点列表')
  await list.getByText('青山区政务服务中心').waitFor()
  await expect(list.getByRole('button').count()).resolves.toBe(9)

  await visiblePage(page)
    .getByRole('radio', { name: /商圈服务点/ })
    .click()
  await list.getByText('万达广场政务便民服务点').waitFor()
  await expect(settledCount(list.getByRole('button'), 2)).resolves.toBe(2)
  await screenshot(page, 'points-by-kind')
})

test('search finds a point by street, and its detail shows hours and phone', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/points/pages/list/index`)
  await fill(page, '搜索服务网点', '幸福路')
  const result = visiblePage(page).getByRole('button', { name: /幸福路街道便民服务中心/ })
  await result.waitFor()
  await result.click()
  const detail = visiblePage(page)
  await detail.getByText('办公时间').waitFor()
  await expect(detail.textContent()).resolves.toMatch(/周一至周五 \d\d:\d\d–\d\d:\d\d/)
  await detail.getByRole('button', { name: /拨打 0472-/ }).waitFor()
  const handles = detail.getByLabel('网点可办事项')
  await handles.waitFor()
  await expect(handles.textContent()).resolves.toMatch(/共 \d+ 项/)
  await expect(handles.locator('.item-card').count()).resolves.toBe(10)
})

test('a search with no match says so and suggests what to type', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/points/pages/list/index`)
  await fill(page, '搜索服务网点', '火星基地')
  await visiblePage(page).getByText('没有找到与“火星基地”有关的服务网点。').waitFor()
  await visiblePage(page)
    .getByText(/幸福路/)
    .waitFor()
})
