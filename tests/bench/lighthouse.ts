// Lighthouse 12 mobile performance (default simulated throttling: slow 4G, 4× CPU) of the H5 app
// served as `npm start` serves it, on home, 办事, one 办事指南 and search, next to a bare Taro app
// (Taro's default template, tests/bench/bare-app) built for H5 in the same run with the same config.
// Each page is audited RUNS times (default 3) and the median run by score is reported.
// Usage: npx tsx tests/bench/lighthouse.ts [--runs N] [--no-bare] [--pages home,search]. Fails when
// a page scores under 90 — unless the machine is so loaded that the bare app itself scores under 90: then a page fails
// when it scores under 90% of the bare app (absolute scores there measure the machine, not the app).
import { createRequire } from 'node:module'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'puppeteer-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium'
import { medianRun, pagePasses, SCORE_TARGET, type LighthouseRow } from './h5-metrics'
import { LIGHTHOUSE_PAGES, returningUserStorage, startH5Server } from './h5-server'

const ROOT = path.resolve(__dirname, '..', '..')
const BARE = path.join(ROOT, '.bench', 'bare-app-h5')
const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts')

/** Taro's default app with this repository's config, built for H5 into .bench/bare-app-h5/dist-h5. */
export function buildBareH5(): void {
  rmSync(BARE, { recursive: true, force: true })
  mkdirSync(BARE, { recursive: true })
  for (const file of ['config', 'babel.config.js', 'tsconfig.json', 'package.json', '.env']) {
    if (existsSync(path.join(ROOT, file))) {
      cpSync(path.join(ROOT, file), path.join(BARE, file), { recursive: true })
    }
  }
  cpSync(path.join(__dirname, 'bare-app', 'src'), path.join(BARE, 'src'), { recursive: true })
  // The same HTML page (its viewport and font-size script) as the app.
  cpSync(path.join(ROOT, 'src', 'index.html'), path.join(BARE, 'src', 'index.html'))
  const taro = createRequire(__filename).resolve('@tarojs/cli/bin/taro')
  const result = spawnSync(process.execPath, [taro, 'build', '--type', 'h5'], {
    cwd: BARE,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`bare app H5 build failed:\n${result.stderr}`)
}

export const DEFAULT_RUNS = 3

export async function audit(browser: Browser, url: string, page: string): Promise<LighthouseRow> {
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
  if (result.lhr.runtimeError) {
    throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`)
  }
  mkdirSync(ARTIFACTS, { recursive: true })
  writeFileSync(
    path.join(ARTIFACTS, `lighthouse-${page.replace(/\s+/g, '-')}.json`),
    JSON.stringify(result.lhr),
  )
  const { categories, audits } = result.lhr
  return {
    page,
    score: Math.round((categories.performance?.score ?? 0) * 100),
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
  }
}

/** A loaded machine sometimes loses a trace (NO_NAVSTART): that run is taken again, once. */
async function auditWithRetry(browser: Browser, url: string, page: string): Promise<LighthouseRow> {
  try {
    return await audit(browser, url, page)
  } catch (error) {
    console.warn(`Lighthouse run of ${page} repeated: ${(error as Error).message}`)
    return audit(browser, url, page)
  }
}

/** The median run of a page, with every run's score and total blocking time. */
type MedianRow = LighthouseRow & { scores: number[]; tbts: number[] }

interface LighthouseResult {
  runs: number
  rows: MedianRow[]
  bare?: MedianRow
  pass: boolean
}

async function auditSite(
  browser: Browser,
  cwd: string | undefined,
  pages: Record<string, string>,
  runs: number,
): Promise<MedianRow[]> {
  const server = await startH5Server(cwd)
  try {
    const rows: MedianRow[] = []
    for (const [page, route] of Object.entries(pages)) {
      const results: LighthouseRow[] = []
      for (let i = 0; i < runs; i += 1)
        results.push(await auditWithRetry(browser, `${server.url}${route}`, page))
      rows.push({
        ...medianRun(results),
        scores: results.map((run) => run.score),
        tbts: results.map((run) => Math.round(run.tbtMs)),
      })
    }
    return rows
  } finally {
    server.stop()
  }
}

export async function runLighthouse(
  runs = DEFAULT_RUNS,
  withBare = true,
  pages: Record<string, string> = LIGHTHOUSE_PAGES,
): Promise<LighthouseResult> {
  if (withBare) buildBareH5()
  const puppeteer = await import('puppeteer-core')
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
    headless: true,
  })
  try {
    const rows = await auditSite(browser, undefined, pages, runs)
    const bare = withBare
      ? (await auditSite(browser, BARE, { 'bare Taro app': '/pages/index/index' }, runs))[0]
      : undefined
    return { runs, rows, bare, pass: rows.every((row) => pagePasses(row.score, bare?.score)) }
  } finally {
    await browser.close()
  }
}

export function reportLighthouse(result: LighthouseResult): void {
  const [load1, load5] = os.loadavg()
  console.log(
    `Lighthouse 12 mobile performance (target ≥ ${SCORE_TARGET}); load average ${load1?.toFixed(2)} / ${load5?.toFixed(2)} on ${os.cpus().length} cores`,
  )
  console.log(`median of ${result.runs} runs per page`)
  console.log(
    ['page', 'score', 'LCP ms', 'TBT ms', 'CLS', 'vs bare', 'runs', 'TBT of runs'].join('\t'),
  )
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
        row.scores.join(' '),
        row.tbts.join(' '),
      ].join('\t'),
    )
  }
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  const runsFlag = process.argv.indexOf('--runs')
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1] ?? DEFAULT_RUNS) : DEFAULT_RUNS
  const pagesFlag = process.argv.indexOf('--pages')
  const wanted = pagesFlag > 0 ? (process.argv[pagesFlag + 1] ?? '').split(',') : undefined
  const pages = Object.fromEntries(
    Object.entries(LIGHTHOUSE_PAGES).filter(([page]) => !wanted || wanted.includes(page)),
  )
  void runLighthouse(runs, !process.argv.includes('--no-bare'), pages).then((result) => {
    reportLighthouse(result)
    if (!result.pass) process.exitCode = 1
  })
}
