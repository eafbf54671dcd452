// 事项 in the 管理后台 at 1280×800: the administrator (dev sign-in; the scan sign-in is covered by
// admin-console.e2e.test.ts) imports the example 实施清单 with one changed and one retired item,
// sees the diff, applies it; the mini program (375×812) shows the change in search and in the
// guide (本指南更新于 today, both modes) and the retired item is gone. The import is restored at
// the end, so the other suites meet the seeded catalog.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { type BrowserContext, type Page } from 'playwright-core'
import { beijingDate, formatChineseDate } from '../../src/services/contract'
import { ARTIFACTS, openAppAs, openConsole } from './support/browser'
import { fill, screenshot, visiblePage } from './support/actions'
import { readServerState } from './support/state'

const CHANGED = {
  from: '设置大型户外广告审批',
  to: '设置大型户外广告及LED显示屏审批',
  id: 'urban-outdoor-ad',
}
const RETIRED = { name: '城市建筑垃圾处置核准', id: 'urban-construction-waste', on: '2026-01-01' }

const contexts: BrowserContext[] = []
let admin: Page
const baseUrl = readServerState().url
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })

/** The example file with the two edits a district officer would make in Excel. */
async function editedExample(): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const example = readFileSync(path.resolve(__dirname, '../../docs/实施清单示例.xlsx'))
  await workbook.xlsx.load(example as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''))
  const col = (name: string) => header.indexOf(name)
  sheet.eachRow((row) => {
    const name = String(row.getCell(col('事项名称')).value ?? '')
    if (name === CHANGED.from) {
      row.getCell(col('事项名称')).value = CHANGED.to
      row.getCell(col('状态')).value = '变更'
    }
    if (name === RETIRED.name) {
      row.getCell(col('状态')).value = '废止'
      row.getCell(col('生效日期')).value = RETIRED.on
    }
  })
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'catalog-')), '实施清单（修改）.xlsx')
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()))
  return file
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  const desk = await openConsole()
  contexts.push(desk.context)
  admin = desk.page
})
afterAll(async () => {
  for (const context of contexts) await context.close()
})

test('import the example with one change and one 废止, see the diff, apply; the app follows', async () => {
  await admin.goto(`${baseUrl}/admin`)
  await admin.getByRole('button', { name: /开发登录/ }).click()
  await admin.getByRole('heading', { name: '人员与角色' }).waitFor()

  await admin.getByRole('menuitem', { name: '事项管理' }).click()
  await admin.getByRole('heading', { name: '事项管理' }).waitFor()
  await admin.getByRole('cell', { name: '在用', exact: true }).first().waitFor()
  await shot(admin, 'admin-catalog-items')

  await admin.getByRole('menuitem', { name: '导入实施清单' }).click()
  await admin.getByRole('heading', { name: '导入实施清单' }).waitFor()
  await admin.locator('input[type=file]').setInputFiles(await editedExample())
  const preview = admin.getByRole('region', { name: '导入预览' })
  await preview.waitFor()
  await preview.getByText(CHANGED.to).first().waitFor()
  await expect(preview.locator('del', { hasText: CHANGED.from }).count()).resolves.toBeGreaterThan(
    0,
  )
  await expect(preview.locator('ins', { hasText: '废止' }).count()).resolves.toBe(1)
  await expect(preview.locator('.ant-descriptions').innerText()).resolves.toMatch(
    /新增\s*0\s*变更\s*1\s*废止\s*1/,
  )
  await shot(admin, 'admin-catalog-import-preview')
  await admin.getByRole('button', { name: '确认写入' }).click()
  await admin.getByText('已写入：新增0项，变更1项，废止1项。小程序已同步更新。').waitFor()
  await shot(admin, 'admin-catalog-import-applied')

  await admin.getByRole('menuitem', { name: '一件事' }).click()
  await admin.getByRole('heading', { name: '一件事' }).waitFor()
  await admin.getByText('诊所备案一件事').first().waitFor()
  await shot(admin, 'admin-catalog-bundles')

  // The mini program, another browser: search and the guide show the change at once.
  const opened = await openAppAs('e2e-catalog-reader')
  contexts.push(opened.context)
  const phone = opened.page
  await phone.goto(`${baseUrl}/packages/catalog/pages/search/index`)
  await fill(phone, '搜索事项', RETIRED.name)
  const answered = visiblePage(phone)
    .getByLabel('搜索结果')
    .or(visiblePage(phone).getByText(/没有找到/))
  await answered.first().waitFor()
  await expect(
    visiblePage(phone).getByRole('button', { name: RETIRED.name, exact: true }).count(),
  ).resolves.toBe(0)
  await phone.goto(`${baseUrl}/packages/catalog/pages/search/index`)
  await fill(phone, '搜索事项', '户外广告')
  await visiblePage(phone)
    .getByLabel('搜索结果')
    .getByRole('button', { name: CHANGED.to })
    .waitFor()
  await screenshot(phone, 'search-updated')

  await phone.goto(`${baseUrl}/packages/catalog/pages/guide/index?id=${CHANGED.id}`)
  const updated = `本指南更新于${formatChineseDate(beijingDate(new Date()))}`
  await visiblePage(phone).getByText(updated).waitFor()
  await visiblePage(phone).getByText(CHANGED.to).first().waitFor()
  await screenshot(phone, 'guide-updated-normal')

  const retiredNotice = `该事项已于${formatChineseDate(RETIRED.on)}废止`
  await phone.goto(`${baseUrl}/packages/catalog/pages/guide/index?id=${RETIRED.id}`)
  await visiblePage(phone).getByText(retiredNotice, { exact: false }).waitFor()
  await screenshot(phone, 'guide-retired')

  await phone.goto(`${baseUrl}/`)
  await phone.getByRole('switch', { name: '长辈模式' }).click()
  await phone.goto(`${baseUrl}/packages/catalog/pages/guide/index?id=${CHANGED.id}`)
  await visiblePage(phone).getByText(updated).waitFor()
  await screenshot(phone, 'guide-updated-elder')
  await phone.goto(`${baseUrl}/packages/catalog/pages/guide/index?id=${RETIRED.id}`)
  await visiblePage(phone).getByText(retiredNotice, { exact: false }).waitFor()
  await screenshot(phone, 'guide-retired-elder')

  // Back to the seeded catalog: the previous version restores both items.
  await admin.getByRole('menuitem', { name: '导入实施清单' }).click()
  await admin.getByRole('button', { name: '恢复导入前版本' }).first().click()
  await admin.getByRole('button', { name: '确认恢复' }).click()
  await admin.getByText(/已恢复导入前的版本/).waitFor()
  await shot(admin, 'admin-catalog-restored')
  await phone.goto(`${baseUrl}/packages/catalog/pages/guide/index?id=${RETIRED.id}`)
  await visiblePage(phone).getByText(RETIRED.name).first().waitFor()
})
