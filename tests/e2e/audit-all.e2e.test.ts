// Every route of the app in normal and 长辈模式: text size, tap targets and the gaps between them
// (≥ 8 px, ≥ 16 px in 长辈模式), contrast, nothing cut off
// or overlapping at 375 px, no serious/critical axe-core finding, and no Content-Security-Policy
// violation (with a video playing and 朗读 started where a page offers them). Routes come from
// src/app.config.ts, so a page added later is audited too; one with no example below opens bare.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { appPerFile, ARTIFACTS, openAppAs } from './support/browser'
import { visiblePage } from './support/actions'
import { auditPage, ELDER_LIMITS, NORMAL_LIMITS, violations } from './support/audit'
import { gapViolations, touchingTargets } from './support/gaps'
import { axeProblems, layoutProblems } from './support/layout'
import { apiAs } from './support/api'
import { recordQueries } from './support/audit-fixtures'
import { appRoutes, EXAMPLES } from './support/routes'
import { exerciseMedia, watchCsp, type CspWatch } from './support/csp'

/** Staff desks, audited as the staff who use them (anyone else is only told it is for staff). */
const STAFF: Record<string, string> = {
  'packages/booking/pages/check-in/index': 'staff-center-1',
  'packages/legal/pages/desk/index': 'lawyer-1',
  'packages/finance/pages/bank/index': 'bank-abc',
  'packages/cases/pages/staff/index': 'helper-1',
}

const ROUTES = appRoutes()
const DEVICE = 'audit-resident'
const app = appPerFile({ agreePrivacy: true, device: DEVICE })
const counts = { audited: 0, failed: 0, cspViolations: 0 }

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await visiblePage(page).waitFor()
  await page
    .locator('.gov-page:visible .gov-async--loading')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined)
  await page.waitForTimeout(400)
}

async function switchElderOn(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
}

/** A staff desk in a profile of its own, signed in as that staff member. */
async function auditAsStaff(route: string, device: string, mode: 'normal' | 'elder') {
  const staff = await openAppAs(device)
  try {
    const csp = watchCsp(staff.page)
    if (mode === 'elder') await switchElderOn(staff.page, staff.baseUrl)
    return await audit(staff.page, staff.baseUrl, route, mode, csp)
  } finally {
    await staff.context.close()
  }
}

async function audit(
  page: Page,
  baseUrl: string,
  route: string,
  mode: 'normal' | 'elder',
  csp: CspWatch,
): Promise<string[]> {
  const query = EXAMPLES[route]
  await csp.take(page)
  await page.goto(`${baseUrl}/${route}${query ? `?${query}` : ''}`)
  await settle(page)
  const dir = path.join(ARTIFACTS, 'audit')
  mkdirSync(dir, { recursive: true })
  await page.screenshot({
    path: path.join(dir, `${route.replace(/\//g, '_')}-${mode}.png`),
    fullPage: true,
  })
  const limits = mode === 'elder' ? ELDER_LIMITS : NORMAL_LIMITS
  const problems = [
    ...violations(await auditPage(page), limits),
    ...gapViolations(await touchingTargets(page, limits.minTargetGapPx), limits.minTargetGapPx),
    ...(await layoutProblems(page)),
    ...(await axeProblems(page)),
  ]
  await exerciseMedia(page)
  const cspViolations = await csp.take(page)
  counts.cspViolations += cspViolations.length
  return [...problems, ...cspViolations]
}

let residentCsp: CspWatch

beforeAll(async () => {
  residentCsp = watchCsp(app.page)
  const records = await recordQueries(await apiAs(app.baseUrl, DEVICE), app.baseUrl, apiAs)
  Object.assign(EXAMPLES, records.queries)
  Object.assign(STAFF, records.staff)
})

describe.each(['normal', 'elder'] as const)('%s mode', (mode) => {
  beforeAll(async () => {
    if (mode === 'elder') await switchElderOn(app.page, app.baseUrl)
  })
  test.each(ROUTES)(`%s`, async (route) => {
    const staff = STAFF[route]
    const problems = staff
      ? await auditAsStaff(route, staff, mode)
      : await audit(app.page, app.baseUrl, route, mode, residentCsp)
    counts.audited += 1
    if (problems.length > 0) counts.failed += 1
    expect(problems).toEqual([])
  })
})

afterAll(() => {
  process.stdout.write(
    `\naudit: ${ROUTES.length} routes × 2 modes = ${counts.audited} pages audited, ${counts.failed} with violations, ${counts.cspViolations} CSP violations\n`,
  )
})
