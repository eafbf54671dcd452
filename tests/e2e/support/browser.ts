import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'
import { readServerState } from './state'

export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'artifacts')

type Opened = { context: BrowserContext; page: Page; baseUrl: string }

async function openProfile(
  prefix: string,
  screen: { viewport: { width: number; height: number }; isMobile?: boolean; hasTouch?: boolean },
): Promise<Opened> {
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), prefix)), {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    ...screen,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => {
    throw error
  })
  return { context, page, baseUrl: readServerState().url }
}

/** A fresh profile per call, a 375-px phone viewport, and the app's base URL. */
export function openApp(): Promise<Opened> {
  return openProfile('gov-chromium-', {
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
  })
}

/** A fresh desktop profile (1280×800) for the 管理后台, not signed in; artifacts folder made. */
export function openConsole(): Promise<Opened> {
  mkdirSync(ARTIFACTS, { recursive: true })
  return openProfile('gov-console-', { viewport: { width: 1280, height: 800 } })
}

/** A fresh profile signed in as `dev:<device>` (the H5 dev sign-in), privacy notice agreed. */
export async function openAppAs(device: string): ReturnType<typeof openApp> {
  const opened = await openApp()
  await signInAs(opened.page, device)
  await opened.page.goto(`${opened.baseUrl}/`)
  await agreePrivacy(opened.page)
  return opened
}

async function signInAs(page: Page, device: string): Promise<void> {
  await page.addInitScript((id) => {
    localStorage.setItem('gov.device-id', JSON.stringify({ data: id }))
  }, device)
}

async function agreePrivacy(page: Page): Promise<void> {
  await page.getByRole('button', { name: '同意并继续' }).click()
  await page.getByText('隐私保护提示').waitFor({ state: 'detached' })
}

export interface AppHandle {
  page: Page
  baseUrl: string
}

/**
 * One browser profile per test file: registers beforeAll/afterAll and returns a handle filled in
 * before the first test. With `agreePrivacy`, the privacy notice is agreed on the home page first;
 * with `device`, the app signs in as that device's user.
 */
export function appPerFile(options: { agreePrivacy?: boolean; device?: string } = {}): AppHandle {
  const handle: Partial<AppHandle> = {}
  let context: BrowserContext | undefined
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    const opened = await openApp()
    context = opened.context
    Object.assign(handle, { page: opened.page, baseUrl: opened.baseUrl })
    if (options.device) await signInAs(opened.page, options.device)
    if (options.agreePrivacy) {
      await opened.page.goto(`${opened.baseUrl}/`)
      await agreePrivacy(opened.page)
    }
  })
  afterAll(() => context?.close())
  return handle as AppHandle
}
