import { appPerFile } from './support/browser'
import { fill, screenshot, visiblePage } from './support/actions'
import { auditPage, ELDER_LIMITS, violations } from './support/audit'

const app = appPerFile({ agreePrivacy: true })

test('qykb finds 企业开办 with the match highlighted, and its guide lists the materials', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/catalog/pages/search/index`)
  await fill(page, '搜索事项', 'qykb')
  const results = visiblePage(page).getByLabel('搜索结果')
  const first = results.getByRole('button').first()
  await first.waitFor()
  await expect(first.textContent()).resolves.toContain('企业开办')
  await expect(first.locator('.item-card__hit').first().textContent()).resolves.toBe('企业开办')
  await screenshot(page, 'search-qykb')

  await first.click()
  const guide = visiblePage(page)
  const materials = guide.getByLabel('申报材料', { exact: true })
  await materials.waitFor()
  await expect(materials.textContent()).resolves.toMatch(/1\. .+/)
  for (const section of [
    '申请条件',
    '办理流程',
    '办理地点与时间',
    '设定依据',
    '常见问题',
    '咨询与投诉',
  ]) {
    await guide.getByText(section, { exact: true }).first().waitFor()
  }
  await screenshot(page, 'guide-qiyekaiban')
})

test('a typo still finds the item, and nothing found offers the hotline and common items', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/catalog/pages/search/index`)
  await fill(page, '搜索事项', '诊所被案')
  await visiblePage(page)
    .getByLabel('搜索结果')
    .getByText(/诊所备案/)
    .first()
    .waitFor()

  await fill(page, '搜索事项', '火星移民登记')
  await visiblePage(page).getByText('没有找到与“火星移民登记”有关的事项。').waitFor()
  await visiblePage(page)
    .getByRole('button', { name: /拨打 12345/ })
    .waitFor()
  await expect(
    visiblePage(page).getByLabel('常办事项').getByRole('button').count(),
  ).resolves.toBeGreaterThan(0)
})

test('诊所备案一件事 lists each shared material once, naming the items that share it', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/pages/services/index`)
  await visiblePage(page)
    .getByRole('radio', { name: /法人办事/ })
    .click()
  const bundleEntry = visiblePage(page).getByRole('button', { name: '诊所备案一件事' })
  await bundleEntry.click()
  const view = visiblePage(page)
  const materials = view.getByLabel('申报材料', { exact: true })
  await materials.waitFor()
  const names = await materials.locator('.material-list__name').allTextContents()
  const bare = names.map((n) => n.replace(/^\d+\. /, '').replace('（非必需）', ''))
  expect(new Set(bare).size).toBe(bare.length)
  await expect(materials.getByText(/3个事项共用，只交一次/).count()).resolves.toBeGreaterThan(0)
  await expect(view.getByLabel('包含的事项').getByRole('button').count()).resolves.toBe(3)
  await screenshot(page, 'bundle-clinic')
})

test('就近办 sorts points by distance from the (mocked) location', async () => {
  const { page, baseUrl } = app
  // Next to 万达广场 (WGS-84; the app converts to GCJ-02 like WeChat's maps).
  await page.context().grantPermissions(['geolocation'])
  await page.context().setGeolocation({ latitude: 40.6548, longitude: 109.8357 })
  await page.goto(`${baseUrl}/packages/points/pages/nearby/index`)
  const list = visiblePage(page).getByLabel('就近网点列表')
  await list.waitFor()
  await visiblePage(page).getByText('已按离您的距离由近到远排序').waitFor()
  const distances = await list
    .locator('.point-card__head .point-card__name:last-child')
    .allTextContents()
  const meters = distances.map((d) => (d.endsWith('公里') ? parseFloat(d) * 1000 : parseFloat(d)))
  expect(meters.length).toBe(9)
  expect([...meters].sort((a, b) => a - b)).toEqual(meters)
  await expect(list.getByRole('button', { name: '详情' }).first().isVisible()).resolves.toBe(true)
  await expect(list.locator('.point-card__name').first().textContent()).resolves.toContain(
    '万达广场',
  )
  await screenshot(page, 'nearby')
})

test('the catalog pages meet the 长辈模式 numbers (text ≥ 18 px, targets ≥ 60 px, contrast ≥ 4.5)', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  const routes = {
    services: '/pages/services/index',
    guide: '/packages/catalog/pages/guide/index?id=health-clinic-filing',
    bundle: '/packages/catalog/pages/bundle/index?id=bundle-clinic-filing',
    nearby: '/packages/points/pages/nearby/index',
    'point-detail': '/packages/points/pages/detail/index?id=sp-qs-center',
  }
  for (const [name, route] of Object.entries(routes)) {
    await page.goto(`${baseUrl}${route}`)
    await visiblePage(page).locator('.gov-list-card, .gov-card').first().waitFor()
    await page.waitForLoadState('networkidle')
    await screenshot(page, `${name}-elder`)
    const found = violations(await auditPage(page), ELDER_LIMITS)
    expect({ route, found }).toEqual({ route, found: [] })
  }
})
