// Issue 14 §7: the Content-Security-Policy the server sends is one the H5 build really passes.
// Every route (in 长辈模式 too, with a video playing and 朗读 started where a page offers them)
// is opened in Chromium; any `securitypolicyviolation` event or CSP console error fails it.
import type { Page } from 'playwright-core'
import { appPerFile } from './support/browser'
import { visiblePage } from './support/actions'
import { appRoutes, EXAMPLES } from './support/routes'

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

const ROUTES = appRoutes()
const app = appPerFile({ agreePrivacy: true, device: 'csp-resident' })
const consoleErrors: string[] = []
let watching = false
const counts = { visited: 0, violations: 0 }

function watch(page: Page) {
  if (watching) return
  watching = true
  void page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleErrors.push(message.text())
  })
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await visiblePage(page).waitFor()
  await page.waitForTimeout(300)
}

/** Taps what loads more than the page itself: a video, 朗读. */
async function exercise(page: Page) {
  const video = page.locator('video').first()
  if (await video.count()) {
    await video.evaluate((el: HTMLVideoElement) => el.play().catch(() => undefined))
    await page.waitForTimeout(500)
  }
  const readAloud = visiblePage(page).getByRole('button', { name: /朗读/ }).first()
  if (await readAloud.isVisible().catch(() => false)) {
    await readAloud.click().catch(() => undefined)
    await page.waitForTimeout(300)
  }
}

async function violationsOn(page: Page, url: string): Promise<string[]> {
  consoleErrors.length = 0
  await page.goto(url)
  await settle(page)
  await exercise(page)
  const events = await page.evaluate(() => window.__cspViolations ?? [])
  return [...events, ...consoleErrors]
}

describe.each(['normal', 'elder'] as const)('%s mode', (mode) => {
  beforeAll(async () => {
    watch(app.page)
    if (mode === 'elder') {
      await app.page.goto(`${app.baseUrl}/`)
      await app.page.getByRole('switch', { name: '长辈模式' }).click()
    }
  })
  test.each(ROUTES)('%s', async (route) => {
    const query = EXAMPLES[route]
    const problems = await violationsOn(
      app.page,
      `${app.baseUrl}/${route}${query ? `?${query}` : ''}`,
    )
    counts.visited += 1
    counts.violations += problems.length
    expect(problems).toEqual([])
  })
})

afterAll(() => {
  process.stdout.write(
    `\ncsp: ${counts.visited} pages visited in Chromium, ${counts.violations} CSP violations\n`,
  )
})
