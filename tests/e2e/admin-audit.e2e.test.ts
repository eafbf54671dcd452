// Accessibility audit of the 管理后台 at 1280×800: every section of the menu (read from SECTIONS
// in admin/src/console-app.tsx, so a section added later is audited too) with each of its tabs,
// the main drawers and dialogs (编辑网点, 编辑办事指南, 编辑律师资料) and the import page's upload
// area with an uploaded list's diff. Each view gets axe-core's WCAG 2.1 A/AA rules and its best
// practices (landmarks, heading order) at every impact level, and no Content-Security-Policy
// violation. One browser context, one sign-in (dev sign-in as admin-1).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { type BrowserContext, type Page } from 'playwright-core'
import { ARTIFACTS, openConsole } from './support/browser'
import { watchCsp, type CspWatch } from './support/csp'
import { injectAxe } from './support/layout'
import { readServerState } from './support/state'

/** The menu's labels, in order, as SECTIONS in the console's source lists them. */
function consoleSections(): string[] {
  const source = readFileSync(
    path.resolve(__dirname, '..', '..', 'admin', 'src', 'console-app.tsx'),
    'utf8',
  )
  const block = /const SECTIONS = \[([\s\S]*?)\] as const/.exec(source)?.[1] ?? ''
  return Array.from(block.matchAll(/label:\s*'([^']+)'/g), (m) => m[1] ?? '')
}

const SECTIONS = consoleSections()
const DIR = path.join(ARTIFACTS, 'admin-audit')
const baseUrl = readServerState().url
let context: BrowserContext
let page: Page
let csp: CspWatch
let signInProblems: string[] = []

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** Every axe-core finding (any impact) of the whole document, one line each with its elements. */
async function axeFindings(): Promise<string[]> {
  await injectAxe(page)
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })
    return result.violations
  })
  return violations.map(
    (v) =>
      `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  )
}

/** Waits until the view has loaded (no request, no spinner, animations done). */
async function settle() {
  await page.waitForLoadState('networkidle')
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined)
  await page.waitForTimeout(400)
}

/** axe findings and CSP violations of what is on screen now, with a screenshot of it. */
async function audit(name: string): Promise<string[]> {
  await settle()
  await page.screenshot({ path: path.join(DIR, `${name}.png`), fullPage: true })
  return [...(await axeFindings()), ...(await csp.take(page))]
}

/** docs/实施清单示例.xlsx with its first item renamed: the preview then shows a 变更 and its diff. */
async function renamedExample(): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const example = readFileSync(path.resolve(__dirname, '../../docs/实施清单示例.xlsx'))
  await workbook.xlsx.load(example as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''))
  const row = sheet.getRow(2)
  const name = row.getCell(header.indexOf('事项名称'))
  name.value = `${String(name.value)}（示例改名）`
  row.getCell(header.indexOf('状态')).value = '变更'
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gov-import-')), '实施清单.xlsx')
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()))
  return file
}

const menu = () => page.getByRole('navigation', { name: '管理后台菜单' })

async function openSection(label: string) {
  await menu().getByRole('menuitem', { name: label, exact: true }).click()
  await page.getByRole('heading', { name: label, exact: true, level: 2 }).waitFor()
}

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true })
  ;({ context, page } = await openConsole())
  csp = watchCsp(page)
  await page.goto(`${baseUrl}/admin`)
  const devSignIn = page.getByRole('button', { name: '开发登录（admin-1）' })
  await devSignIn.waitFor()
  signInProblems = await audit('sign-in')
  await devSignIn.click()
  await page.getByRole('heading', { name: '人员与角色', level: 2 }).waitFor()
})
afterAll(async () => {
  await context.close()
})

test('the sign-in page', () => {
  expect(signInProblems).toEqual([])
})

test('the menu shows every section of SECTIONS', async () => {
  expect(SECTIONS.length).toBeGreaterThan(10)
  expect(await menu().getByRole('menuitem').allInnerTexts()).toEqual(SECTIONS)
})

test.each(SECTIONS)('%s, with each of its tabs', async (label) => {
  await openSection(label)
  const name = `section-${SECTIONS.indexOf(label) + 1}`
  const problems = await audit(name)
  const tabs = page.getByRole('main').getByRole('tab')
  for (const tab of (await tabs.allInnerTexts()).slice(1)) {
    await tabs.getByText(tab, { exact: true }).click()
    problems.push(...(await audit(`${name}-${tab}`)))
  }
  expect(problems).toEqual([])
})

test('电子监察: every chart is an image named after its data table', async () => {
  await openSection('电子监察')
  await settle()
  const canvases = page.locator('canvas')
  expect(await canvases.count()).toBeGreaterThan(3)
  const names = await canvases.evaluateAll((nodes) =>
    nodes.map((n) => n.closest('[role=img]')?.getAttribute('aria-label') ?? ''),
  )
  for (const chartName of names) expect(chartName).toMatch(/（数据见(右侧|下方)表格）$/)
})

test('律师: the 编辑律师资料 dialog', async () => {
  await openSection('律师')
  await page
    .getByRole('button', { name: /^编辑 / })
    .first()
    .click()
  const dialog = page.getByRole('dialog', { name: /^编辑律师资料：/ })
  await dialog.waitFor()
  const problems = await audit('dialog-lawyer')
  await dialog.getByRole('button', { name: '取消' }).click()
  await dialog.waitFor({ state: 'detached' })
  expect(problems).toEqual([])
})

test('服务网点: the edit drawer (信息与营业时间 and 可办事项)', async () => {
  await openSection('服务网点')
  await page
    .getByRole('button', { name: /^编辑 / })
    .first()
    .click()
  const drawer = page.getByRole('dialog', { name: /^编辑：/ })
  await drawer.getByRole('tab', { name: '信息与营业时间' }).waitFor()
  const problems = await audit('drawer-point-info')
  await drawer.getByRole('tab', { name: /^可办事项/ }).click()
  problems.push(...(await audit('drawer-point-items')))
  await drawer.getByRole('button', { name: /关闭|Close/ }).click()
  await drawer.waitFor({ state: 'detached' })
  expect(problems).toEqual([])
})

test('事项管理: the 编辑办事指南 drawer', async () => {
  await openSection('事项管理')
  await page.getByRole('button', { name: '编辑指南' }).first().click()
  const drawer = page.getByRole('dialog', { name: /^编辑办事指南：/ })
  await drawer.waitFor()
  const problems = await audit('drawer-guide')
  await drawer.getByRole('button', { name: /关闭|Close/ }).click()
  await drawer.waitFor({ state: 'detached' })
  expect(problems).toEqual([])
})

test('导入实施清单: the upload area, then the diff of an uploaded list', async () => {
  await openSection('导入实施清单')
  const problems = await audit('import-upload')
  await page.locator('input[type=file]').setInputFiles(await renamedExample())
  await page.getByRole('button', { name: '放弃' }).waitFor()
  await page.getByRole('region', { name: '导入预览' }).getByText('（示例改名）').first().waitFor()
  problems.push(...(await audit('import-preview')))
  await page.getByRole('button', { name: '放弃' }).click()
  expect(problems).toEqual([])
})
