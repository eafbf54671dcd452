// 电子监察 at 1280×800: the administrator (dev sign-in) opens the dashboard; the overdue list
// holds exactly the open cases near their 承诺时限 the API reports — the one accepted here among
// them, the one never accepted not — then 督办 it and its 帮办员 reads the message in the app.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { type BrowserContext, type Page } from 'playwright-core'
import { DEV_HELPERS } from '../../mock/auth/dev-staff'
import type { CaseDetail, SupervisionOverdue } from '../../src/services/contract'
import { ARTIFACTS, openAppAs, openConsole } from './support/browser'
import { visiblePage } from './support/actions'
import { apiAs } from './support/api'
import { submitFullCase } from './support/audit-fixtures'
import { readServerState } from './support/state'

const baseUrl = readServerState().url
const contexts: BrowserContext[] = []
let consolePage: Page

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  const desk = await openConsole()
  contexts.push(desk.context)
  consolePage = desk.page
})
afterAll(async () => {
  for (const context of contexts) await context.close()
})

const helperOf = (c: CaseDetail) => {
  const helper = DEV_HELPERS.find((h) => h.name === c.helper?.name)
  if (!helper) throw new Error(`no dev 帮办员 named ${c.helper?.name}`)
  return helper
}

test('the overdue list matches the records; 督办 reaches the 帮办员 holding the case', async () => {
  // 企业开办 is 即办 (承诺 0): accepted today, it is due today (or the next working day).
  const resident = await apiAs(baseUrl, 'supervision-resident')
  const accepted = (await submitFullCase(resident)).submitted
  const waiting = (await submitFullCase(resident)).submitted
  const helper = helperOf(accepted)
  await (
    await apiAs(baseUrl, helper.handle)
  )('POST', `/api/v1/staff/cases/${accepted.id}/accept`, {})
  const admin = await apiAs(baseUrl, 'admin-1')
  const expected = await admin<SupervisionOverdue>('GET', '/api/v1/admin/supervision/overdue')
  const mine = expected.items.find((i) => i.caseId === accepted.id)
  expect(mine).toMatchObject({ state: 'near', urged: 0, helper: { name: helper.name } })
  expect(expected.items.some((i) => i.caseId === waiting.id)).toBe(false)

  await consolePage.goto(`${baseUrl}/admin/supervision`)
  await consolePage.getByRole('button', { name: '开发登录（admin-1）' }).click()
  await consolePage.getByRole('heading', { name: '电子监察', level: 2 }).waitFor()
  const overdueCard = consolePage.locator('.ant-card').filter({
    has: consolePage.getByRole('heading', { name: '临近或超过承诺时限的在办件' }),
  })
  const row = overdueCard.getByRole('row', { name: new RegExp(accepted.number) })
  await row.waitFor()
  // The table shows what the records say: the same cases, deadlines and 帮办员 as the API.
  const numbers = await overdueCard.locator('tbody tr.ant-table-row td:first-child').allInnerTexts()
  expect(numbers).toEqual(expected.items.slice(0, 10).map((i) => i.number))
  await expect(row.innerText()).resolves.toContain(helper.name)
  await expect(row.innerText()).resolves.toContain(mine?.deadline ?? '?')
  await expect(overdueCard.innerText()).resolves.not.toContain(waiting.number)
  await consolePage.getByRole('heading', { name: '办件量（按日）' }).waitFor()
  await consolePage
    .getByRole('img', { name: /办件量（按日）/ })
    .locator('canvas')
    .first()
    .waitFor()
  await consolePage.waitForTimeout(800) // the charts' entry animation
  await shot(consolePage, 'admin-supervision')

  await row.getByRole('button', { name: /督\s*办/ }).click()
  await consolePage.getByRole('button', { name: '确认督办' }).click()
  await consolePage.getByText(`已督办，已通知帮办员 ${helper.name}`).waitFor()
  await overdueCard.getByRole('row', { name: new RegExp(`${accepted.number}.*1 次`) }).waitFor()
  await shot(consolePage, 'admin-supervision-urged')

  const phone = await openAppAs(helper.handle)
  contexts.push(phone.context)
  await phone.page.goto(`${baseUrl}/packages/messages/pages/inbox/index`)
  const message = visiblePage(phone.page)
    .getByRole('button', { name: /督办：/ })
    .first()
  await message.waitFor()
  await expect(message.textContent()).resolves.toContain(accepted.number)
  await phone.page.screenshot({ path: path.join(ARTIFACTS, 'admin-supervision-helper-inbox.png') })
})
