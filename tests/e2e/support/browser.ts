import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'
import { readServerState } from './state'

export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'artifacts')

/** A fresh profile per call, a 375-px phone viewport, and the app's base URL. */
export async function openApp(): Promise<{ context: BrowserContext; page: Page; baseUrl: string }> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'gov-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => {
    throw error
  })
  return { context, page, baseUrl: readServerState().url }
}
