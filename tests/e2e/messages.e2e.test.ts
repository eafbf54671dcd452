// 消息: a 帮办员 asks 补正 in their own browser; the applicant sees the badge and the message,
// taps it and lands on the 补正 page — in normal mode and in 长辈模式.
import type { Page } from 'playwright-core'
import { DEV_HELPERS } from '../../mock/auth/dev-staff'
import type { CaseDetail } from '../../src/services/contract'
import { openAppAs } from './support/browser'
import { screenshot as capture, visiblePage } from './support/actions'
import { apiAs } from './support/api'
import { submitFullCase } from './support/audit-fixtures'
import { auditPage, ELDER_LIMITS, violations } from './support/audit'

const DEVICE = 'messages-applicant'

/** After H5's page slide has finished, so the picture shows the page rather than half of it. */
async function screenshot(page: Page, name: string) {
  await page.waitForTimeout(600)
  await capture(page, name)
}
let applicant: Awaited<ReturnType<typeof openAppAs>>

beforeAll(async () => {
  applicant = await openAppAs(DEVICE)
}, 60_000)
afterAll(() => applicant.context.close())

async function submitCase(): Promise<CaseDetail> {
  const { submitted } = await submitFullCase(await apiAs(applicant.baseUrl, DEVICE))
  return submitted
}

/** The case's 帮办员, in a browser of their own: 帮办工作台 → the case → 一次性告知补正 of one item. */
async function helperAsksCorrection(c: CaseDetail) {
  const handle = DEV_HELPERS.find((h) => h.name === c.helper?.name)?.handle ?? ''
  const helper = await openAppAs(handle)
  try {
    await helper.page.goto(`${helper.baseUrl}/pages/mine/index`)
    await helper.page.getByRole('button', { name: /帮办工作台/ }).click()
    await visiblePage(helper.page).getByText(new RegExp(c.number)).click()
    const view = visiblePage(helper.page)
    await view.getByRole('button', { name: '要求补正' }).click()
    const list = view.getByLabel('补正清单')
    await list.getByRole('checkbox').first().click()
    await list.getByRole('textbox').first().fill('扫描件缺少签字页，请补充后重新上传')
    await list.getByRole('button', { name: '一次性告知补正（1项）' }).click()
    await view.getByText(/一次性告知补正1项/).waitFor()
  } finally {
    await helper.context.close()
  }
}

async function openMessageOf(page: Page, c: CaseDetail) {
  await page.waitForURL(/packages\/messages\/pages\/inbox/)
  const inbox = visiblePage(page)
  await inbox.getByRole('status').getByText('1条未读').waitFor()
  const message = inbox.getByRole('button', { name: /请补正材料/ }).first()
  await expect(message.textContent()).resolves.toMatch(/一次性告知了需补正的内容，请在.*前补正/)
  await message.click()
  await page.waitForURL(new RegExp(`packages/cases/pages/correct/index\\?id=${c.id}`))
  await visiblePage(page).getByText('补正原因：扫描件缺少签字页，请补充后重新上传').waitFor()
}

test('the applicant sees the badge under 我的, opens the message and lands on the 补正 page', async () => {
  const { page, baseUrl } = applicant
  const c = await submitCase()
  await helperAsksCorrection(c)

  await page.goto(`${baseUrl}/pages/mine/index`)
  const entry = visiblePage(page).getByRole('button', { name: /消息/ })
  await entry.getByLabel('1条未读').waitFor()
  await screenshot(page, 'messages-mine-badge')
  await entry.click()
  await screenshot(page, 'messages-inbox')
  await openMessageOf(page, c)

  // Back in the inbox: the message shows as read now, and nothing is unread.
  await page.goBack()
  const inbox = visiblePage(page)
  await inbox.getByText('没有未读').waitFor()
  await expect(
    inbox
      .getByRole('button', { name: /请补正材料/ })
      .first()
      .textContent(),
  ).resolves.toContain('已读')
}, 120_000)

test('长辈模式: the home says 1条未读, the message is read aloud on request and opens the 补正 page', async () => {
  const { page, baseUrl } = applicant
  await page.goto(`${baseUrl}/`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  const c = await submitCase()
  await helperAsksCorrection(c)

  await page.goto(`${baseUrl}/`)
  const tile = visiblePage(page).getByRole('button', { name: /我的消息/ })
  await tile.getByText('1条未读').waitFor()
  await screenshot(page, 'messages-home-elder')
  await tile.click()
  const inbox = visiblePage(page)
  await inbox.getByRole('button', { name: '朗读' }).first().waitFor()
  await expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'messages-inbox-elder')
  await openMessageOf(page, c)
}, 120_000)
