import type { Page } from 'playwright-core'
import { appPerFile } from './support/browser'
import { fill, screenshot, visiblePage } from './support/actions'

const app = appPerFile({ agreePrivacy: true })

/** The visible page's <video>: its clock and how much of it the browser has. */
const player = (page: Page) =>
  visiblePage(page)
    .locator('video')
    .evaluate((v: HTMLVideoElement) => ({
      currentTime: v.currentTime,
      readyState: v.readyState,
      paused: v.paused,
      error: v.error?.code ?? null,
    }))

/** The user taps the video (a real gesture, so sound is allowed), and it plays. */
async function play(page: Page) {
  const video = visiblePage(page).locator('video')
  await video.click()
  await video.evaluate((v: HTMLVideoElement) => (v.paused ? v.play() : undefined))
}

/** Waits until the shown <video>'s clock is above (or below) `seconds`. */
async function clockGoes(page: Page, direction: 'above' | 'below', seconds: number) {
  await page.waitForFunction(
    ([dir, limit]) => {
      const video = Array.from(document.querySelectorAll('video')).find(
        (v) => v.getBoundingClientRect().width > 0,
      )
      if (!video) return false
      return dir === 'above' ? video.currentTime > limit : video.currentTime < limit
    },
    [direction, seconds] as const,
    { timeout: 10_000 },
  )
}

test('a guide’s 看视频讲解 opens the player at its chapter; it plays; another chapter seeks', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/catalog/pages/guide/index?id=health-nurse-change`)
  const guide = visiblePage(page)
  await guide.getByText('护士执业注册（变更注册）').first().waitFor()
  await guide.getByRole('button', { name: '看视频讲解' }).click()

  await page.waitForURL(
    /\/packages\/media\/pages\/video\/index\?id=v-health-nurse-change&chapter=1/,
  )
  const video = visiblePage(page)
  await video.getByText('章节（点击跳到该步骤）').waitFor()
  const current = video.locator('[aria-current="true"]')
  await expect(current.getAttribute('aria-label')).resolves.toMatch(/^第1章 /)
  await expect(player(page)).resolves.toMatchObject({ paused: true }) // no autoplay
  await play(page)
  await clockGoes(page, 'above', 1)
  expect((await player(page)).error).toBeNull()
  await screenshot(page, 'media-player-chapter-1')

  const chapters = video.getByRole('button', { name: /^第\d章 / })
  const last = chapters.last()
  const label = (await last.getAttribute('aria-label')) ?? ''
  const start = Number(
    (await last.locator('.media-chapter__time').textContent())
      ?.replace(/[^\d:]/g, '')
      .split(':')[1],
  )
  await last.click()
  await clockGoes(page, 'above', start - 0.01)
  await expect(current.getAttribute('aria-label')).resolves.toBe(`${label}（正在播放）`)
})

test('?chapter= starts there: the clock is at the chapter start and advances past it', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/media/pages/video/index?id=v-bundle-clinic-filing&chapter=3`)
  const video = visiblePage(page)
  await video.getByText('第3章 第2件：护士执业注册（变更注册）').waitFor()
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('video')).some(
      (v) => v.readyState >= 1 && v.getBoundingClientRect().width > 0,
    ),
  )
  expect((await player(page)).currentTime).toBeCloseTo(10, 0)
  await play(page)
  await clockGoes(page, 'above', 11)
  await video.locator('[aria-current="true"][aria-label^="第3章 "]').waitFor()
  // Playing on, the highlight follows into chapter 4 (starts at 0:15) by itself.
  await clockGoes(page, 'above', 15.3)
  await video
    .locator('[aria-current="true"][aria-label^="第4章 "][aria-label$="（正在播放）"]')
    .waitFor()
  expect((await player(page)).readyState).toBeGreaterThanOrEqual(2)
  await video.getByRole('button', { name: /^第1章 / }).click()
  await clockGoes(page, 'below', 5)
  await video.getByRole('button', { name: '办事指南：诊所备案一件事' }).click()
  await page.waitForURL(/\/packages\/catalog\/pages\/bundle\/index\?id=bundle-clinic-filing/)
})

test('政务直播: subscribe to an upcoming session; 已预约提醒 survives a reload; finished ones offer the replay', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/media/pages/index/index`)
  const home = visiblePage(page)
  await home.getByText('正在播出', { exact: true }).waitFor()
  // The slot plays a recorded clip: it is called 录播, never 正在直播.
  await expect(home.getByText(/正在直播/).count()).resolves.toBe(0)
  await home.getByText('共 155 个视频').waitFor()
  const upcoming = home.getByLabel('即将开播')
  const subscribe = upcoming.getByRole('button', { name: /^开播提醒：/ }).first()
  const title = ((await subscribe.textContent()) ?? '').replace('开播提醒：', '')
  await subscribe.click()
  await upcoming.getByRole('button', { name: `✓ 已预约提醒（点此取消）：${title}` }).waitFor()
  await screenshot(page, 'media-home-subscribed')

  await page.reload()
  const again = visiblePage(page)
  await again.getByRole('button', { name: `✓ 已预约提醒（点此取消）：${title}` }).waitFor()

  const replay = again
    .getByLabel('精彩回放')
    .getByRole('button', { name: /^看回放：/ })
    .first()
  await replay.click()
  await page.waitForURL(/\/packages\/media\/pages\/video\/index\?id=v-replay-/)
  await visiblePage(page)
    .getByText(/^直播回放｜/)
    .waitFor()
})

test('视频讲解 search and department filter', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/media/pages/index/index`)
  const home = visiblePage(page)
  await fill(page, '搜索视频讲解', '异地就医')
  await home.getByText('去外地看病前，异地就医备案这样办').waitFor()
  await fill(page, '搜索视频讲解', '')
  await home.getByRole('radio', { name: '青山区卫生健康委员会' }).click()
  // The unfiltered list is still shown while the filtered one loads: wait for it to go.
  await home.getByText('企业年报怎么填？逐项演示年度报告公示').waitFor({ state: 'detached' })
  await home.getByText('高效办成一件事｜诊所备案一件事').waitFor()
})
