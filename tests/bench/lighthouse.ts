// Lighthouse 12 mobile performance (default simulated throttling: slow 4G, 4× CPU) of the H5 app
// served as `npm start` serves it, on home, 办事, one 办事指南 and search, next to a bare Taro app
// when its H5 build exists (.bench/bare-app/dist-h5, built by `npm run bench`).
// Usage: npx tsx tests/bench/lighthouse.ts [--runs N]. Fails when a page scores under 90.
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'puppeteer-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium'
import { LIGHTHOUSE_PAGES, returningUserStorage, startH5Server } from './h5-server'

export const SCORE_TARGET = 90
const BARE = path.resolve(__dirname, '..', '..', '.bench', 'bare-app')

export interface LighthouseRow {
  page: string
  score: number
  lcpMs: number
  tbtMs: number
  cls: number
}

/** Pure: the median of the runs by score, so one noisy run neither passes nor fails a page. */
export function medianRun(runs: LighthouseRow[]): LighthouseRow {
  const sorted = [...runs].sort((a, b) => a.score - b.score)
  const middle = sorted[Math.floor(sorted.length / 2)]
  if (!middle) throw new Error('no Lighthouse run')
  return middle
}

async function audit(browser: Browser, url: string, page: string): Promise<LighthouseRow> {
  const { default: lighthouse } = await import('lighthouse')
  const tab = await browser.newPage()
  // A returning user (privacy notice agreed, so no dialog covers the page) on a cold cache:
  // storage is seeded here, and Lighthouse's storage reset is off, so the cache is cleared by hand.
  await tab.goto(`${new URL(url).origin}/api/v1/health`)
  await tab.evaluate((items: Record<string, string>) => {
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value)
  }, returningUserStorage(false))
  const cdp = await tab.createCDPSession()
  await cdp.send('Network.clearBrowserCache')
  const result = await lighthouse(
    url,
    {
      onlyCategories: ['performance'],
      formFactor: 'mobile',
      disableStorageReset: true,
      logLevel: 'error',
      locale: 'zh',
    },
    undefined,
    tab,
  )
  await tab.close()
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
  const { categories, audits } = result.lhr
  return {
    page,
    score: Math.round((categories.performance?.score ?? 0) * 100),
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
  }
}

async function auditSite(
  browser: Browser,
  cwd: string | undefined,
  pages: Record<string, string>,
  runs: number,
): Promise<LighthouseRow[]> {
  const server = await startH5Server(cwd)
  try {
    const rows: LighthouseRow[] = []
    for (const [page, route] of Object.entries(pages)) {
      const results: LighthouseRow[] = []
      for (let i = 0; i < runs; i += 1)
        results.push(await audit(browser, `${server.url}${route}`, page))
      rows.push(medianRun(results))
    }
    return rows
  } finally {
    server.stop()
  }
}

export async function runLighthouse(runs = 1): Promise<{
  rows: LighthouseRow[]
  bare?: LighthouseRow
  pass: boolean
}> {
  const puppeteer = await import('puppeteer-core')
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
    headless: true,
  })
  try {
    const rows = await auditSite(browser, undefined, LIGHTHOUSE_PAGES, runs)
    const bare = existsSync(path.join(BARE, 'dist-h5', 'index.html'))
      ? (await auditSite(browser, BARE, { 'bare Taro app': '/pages/index/index' }, runs))[0]
      : undefined
    return { rows, bare, pass: rows.every((row) => row.score >= SCORE_TARGET) }
  } finally {
    await browser.close()
  }
}

export function reportLighthouse(result: { rows: LighthouseRow[]; bare?: LighthouseRow }): void {
  const [load1, load5] = os.loadavg()
  console.log(
    `Lighthouse 12 mobile performance (target ≥ ${SCORE_TARGET}); load average ${load1?.toFixed(2)} / ${load5?.toFixed(2)} on ${os.cpus().length} cores`,
  )
  console.log(['page', 'score', 'LCP ms', 'TBT ms', 'CLS', 'vs bare'].join('\t'))
  for (const row of [...result.rows, ...(result.bare ? [result.bare] : [])]) {
    const ratio = result.bare ? (row.score / result.bare.score).toFixed(2) : '—'
    console.log(
      [
        row.page,
        row.score,
        Math.round(row.lcpMs),
        Math.round(row.tbtMs),
        row.cls.toFixed(3),
        ratio,
      ].join('\t'),
    )
  }
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  const runsFlag = process.argv.indexOf('--runs')
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1] ?? 1) : 1
  void runLighthouse(runs).then((result) => {
    reportLighthouse(result)
    if (!result.pass) process.exitCode = 1
  })
}
