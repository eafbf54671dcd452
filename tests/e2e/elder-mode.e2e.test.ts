import type { Page } from 'playwright-core'
import { appPerFile } from './support/browser'
import { auditPage, ELDER_LIMITS, NORMAL_LIMITS, violations } from './support/audit'
import { screenshot, tab, visiblePage } from './support/actions'
import { servicePointSeed } from '../../mock/modules/points/seed-data'

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

test('the 长辈模式 home: 打电话给帮办员 first, then at most six large tiles, no search box', async () => {
  const { page } = app
  await tab(page, '首页')
  const desk = servicePointSeed.find((p) => p.kind === 'center' && p.features.includes('帮办代办'))
  const call = page.getByLabel('打电话给帮办员')
  await call.getByRole('button', { name: '打电话给帮办员' }).waitFor()
  await call.getByText(`帮办代办窗口 · ${desk?.name}`).waitFor()
  await call.getByText(`电话 ${desk?.phone}`).waitFor()
  await call.getByText(/现在(有|没)人接听（/).waitFor()
  const tiles = page.getByLabel('常办的事').getByRole('button')
  const titles = await tiles.allInnerTexts()
  expect(titles.length).toBeGreaterThanOrEqual(4)
  expect(titles.length).toBeLessThanOrEqual(6)
  expect(titles.join()).toContain('预约办事')
  await expect(page.getByText('搜索事项').count()).resolves.toBe(0)
  await screenshot(page, 'home-elder-simplified')

  await page.getByRole('switch', { name: '长辈模式' }).click()
  await expect(page.getByLabel('常办的事').count()).resolves.toBe(0)
  await expect(page.getByRole('button', { name: '打电话给帮办员' }).count()).resolves.toBe(0)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  await page.getByLabel('常办的事').waitFor()
})

test('朗读 reads a 办事指南 and a booking step, stops on request and when the step changes', async () => {
  const { page, baseUrl } = app
  await page.addInitScript(() => {
    const record = { spoken: [] as string[], cancelled: 0 }
    Object.assign(window, { speechRecord: record })
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => [{ lang: 'zh-CN', name: '普通话' }],
        speak: (u: SpeechSynthesisUtterance) => {
          record.spoken.push(u.text)
          u.onstart?.(new Event('start') as SpeechSynthesisEvent)
        },
        cancel: () => (record.cancelled += 1),
      },
    })
  })
  const record = () =>
    page.evaluate(
      () =>
        (window as unknown as { speechRecord: { spoken: string[]; cancelled: number } })
          .speechRecord,
    )
  await page.goto(`${baseUrl}/packages/catalog/pages/guide/index?id=market-llc-setup`)
  const guideName = (await visiblePage(page).locator('.guide-view__name').innerText()).trim()
  await visiblePage(page).getByRole('button', { name: '朗读' }).click()
  const spoken = (await record()).spoken.join('')
  expect(spoken.startsWith(`${guideName}。承诺时限：`)).toBe(true)
  expect(spoken).toMatch(/要带的材料共\d+项：/)
  const stop = visiblePage(page).getByRole('button', { name: '停止朗读' })
  const cancelledBefore = (await record()).cancelled
  await stop.click()
  await visiblePage(page).getByRole('button', { name: '朗读' }).waitFor()
  expect((await record()).cancelled).toBeGreaterThan(cancelledBefore)
  await screenshot(page, 'guide-read-aloud-elder')

  await page.goto(`${baseUrl}/packages/booking/pages/book/index?itemId=market-llc-setup`)
  const book = visiblePage(page)
  await book.getByRole('button', { name: '朗读' }).click()
  expect((await record()).spoken.join('')).toContain('第1步，共4步。选择办理网点。')
  await book.getByRole('button', { name: '停止朗读' }).waitFor()
  const pointName = (await book.locator('.booking-step__name').first().innerText()).trim()
  await book.getByRole('button', { name: '在这里办' }).first().click()
  // The next step resets the button: what was being read belonged to the step just left.
  const saidBefore = (await record()).spoken.length
  await book.getByRole('button', { name: '朗读' }).click()
  const secondStep = (await record()).spoken.slice(saidBefore).join('')
  expect(secondStep).toContain(`第2步，共4步。选择日期。网点：${pointName}。`)
  await page.goto(`${baseUrl}/`)
})

test('我的 in 长辈模式 shows the signed-in identity and meets the numbers', async () => {
  const { page } = app
  await tab(page, '我的')
  await page.getByText(/已登录/).waitFor()
  await screenshot(page, 'mine-elder')
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
})

test('typed text in 长辈模式 is at least 18 px in every kind of field (验真 box, search, forms)', async () => {
  const { page, baseUrl } = app
  const fields = [
    'packages/qr/pages/verify/index',
    'packages/catalog/pages/search/index',
    'packages/life/pages/index/index',
    'packages/legal/pages/ask/index',
  ]
  for (const route of fields) {
    await page.goto(`${baseUrl}/${route}`)
    const shown = visiblePage(page)
    await shown.locator('input, textarea').first().waitFor()
    await expect(shown.getAttribute('class')).resolves.toContain('gov-elder')
    const { inputs } = await auditPage(page)
    expect(inputs.length).toBeGreaterThan(0)
    expect(inputs.filter((i) => i.fontSize < 18)).toEqual([])
  }
  await page.goto(`${baseUrl}/packages/qr/pages/verify/index`)
  await visiblePage(page)
    .getByLabel('要检查的内容')
    .locator('textarea')
    .fill('【青山区】补贴待领取')
  await screenshot(page, 'verify-typed-elder')
  await page.goto(`${baseUrl}/`)
})

async function expectGone(p: Page, text: string): Promise<void> {
  await p.getByText(text).first().waitFor({ state: 'detached' })
}
