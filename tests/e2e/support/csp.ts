// Issue 14 §7: the Content-Security-Policy the server sends is one the H5 build really passes.
// A watched page records every `securitypolicyviolation` event and CSP console error.
import type { Page } from 'playwright-core'
import { visiblePage } from './actions'

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

export interface CspWatch {
  /** The violations since the last call: the current document's events and console errors. */
  take(page: Page): Promise<string[]>
}

export function watchCsp(page: Page): CspWatch {
  const consoleErrors: string[] = []
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
  return {
    async take(current) {
      const events = await current.evaluate(() => window.__cspViolations?.splice(0) ?? [])
      return [...events, ...consoleErrors.splice(0)]
    },
  }
}

/** Taps what loads more than the page itself (a video, 朗读), so its sources meet the policy too. */
export async function exerciseMedia(page: Page) {
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
