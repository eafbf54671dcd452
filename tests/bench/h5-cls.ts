// Cumulative Layout Shift of every tab, loaded cold as a returning user (notice agreed), in normal
// and 长辈模式, in Debian's Chromium at a 375-px phone viewport with a 4× slower CPU.
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium'
import { returningUserStorage, startH5Server, TABS } from './h5-server'
import { CLS_TARGET, clsOf } from './h5-metrics'

export interface ClsRow {
  tab: string
  elder: boolean
  cls: number
  /** What moved, for the report: the largest shifts' sources. */
  sources: string[]
  /** JavaScript the tab loaded: as decoded, and as sent over the wire (compressed). */
  jsBytes: number
  jsWireBytes: number
}

interface Shift {
  value: number
  startTime: number
  hadRecentInput: boolean
  sources: string[]
}

async function measureTab(
  browser: Browser,
  url: string,
  elder: boolean,
): Promise<Omit<ClsRow, 'tab' | 'elder'>> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  await context.addInitScript((items: Record<string, string>) => {
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value)
    const shifts: unknown[] = []
    ;(window as unknown as { __shifts: unknown[] }).__shifts = shifts
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number
        startTime: number
        hadRecentInput: boolean
        sources?: { node?: Node | null }[]
      }[]) {
        shifts.push({
          value: entry.value,
          startTime: entry.startTime,
          hadRecentInput: entry.hadRecentInput,
          sources: (entry.sources ?? []).map((source) => {
            const node = source.node
            if (!node || !(node instanceof Element)) return node?.nodeName ?? '?'
            return `${node.tagName.toLowerCase()}.${Array.from(node.classList).join('.')}`
          }),
        })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  }, returningUserStorage(elder))
  const page = await context.newPage()
  const scripts: Promise<{ bytes: number; wire: number }>[] = []
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return
    scripts.push(
      Promise.all([request.response(), request.sizes()]).then(async ([response, sizes]) => ({
        bytes: (await response?.body())?.length ?? 0,
        wire: sizes.responseBodySize,
      })),
    )
  })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForTimeout(1500)
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts)
  const loaded = await Promise.all(scripts)
  await context.close()
  const sources = shifts
    .filter((s) => s.value > 0.01)
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((s) => `${s.value.toFixed(3)} ${s.sources.join(' ')}`)
  return {
    cls: clsOf(shifts),
    sources,
    jsBytes: loaded.reduce((sum, script) => sum + script.bytes, 0),
    jsWireBytes: loaded.reduce((sum, script) => sum + script.wire, 0),
  }
}

export async function runClsBench(baseUrl?: string): Promise<{ rows: ClsRow[]; pass: boolean }> {
  const server = baseUrl ? undefined : await startH5Server()
  const url = baseUrl ?? server?.url ?? ''
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const rows: ClsRow[] = []
  try {
    for (const elder of [false, true]) {
      for (const [tab, route] of Object.entries(TABS)) {
        rows.push({ tab, elder, ...(await measureTab(browser, `${url}${route}`, elder)) })
      }
    }
  } finally {
    await browser.close()
    server?.stop()
  }
  return { rows, pass: rows.every((row) => row.cls <= CLS_TARGET) }
}

export function reportClsBench({ rows }: { rows: ClsRow[] }): void {
  console.log(`H5 layout shift per tab (CLS, target ≤ ${CLS_TARGET}; 4× CPU slowdown, cold load)`)
  for (const row of rows) {
    console.log(
      `${row.tab}${row.elder ? ' 长辈模式' : ''}\tCLS ${row.cls.toFixed(3)}\tJS ${(row.jsBytes / 1024).toFixed(1)} KB (${(row.jsWireBytes / 1024).toFixed(1)} KB sent)`,
    )
    for (const source of row.sources) console.log(`    ${source}`)
  }
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  void runClsBench(process.argv[2]).then((result) => {
    reportClsBench(result)
    if (!result.pass) process.exitCode = 1
  })
}
