// The 管理后台 at 1280×800: an administrator signs in by scanning the console's code with the
// mini program (a second browser context, 375×812), invites a user who claims the code in the
// mini program, grants a lawyer role, and finds both changes in the audit log. Then the lawyer
// path end to end: the console fills in the new lawyer's public profile, a resident asks them,
// the new lawyer answers in the mini program and the resident reads the answer.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { type BrowserContext, type Page } from 'playwright-core'
import { ARTIFACTS, openAppAs, openConsole } from './support/browser'
import { fill, visiblePage } from './support/actions'
import { readServerState } from './support/state'

const contexts: BrowserContext[] = []
let consolePage: Page
/** The invited user's phone: a lawyer once the role is granted. */
let invitee: Page
const baseUrl = readServerState().url

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

async function phone(device: string): Promise<Page> {
  const opened = await openAppAs(device)
  contexts.push(opened.context)
  return opened.page
}

test('scan to sign in, invite, claim, grant a lawyer role, see both in the audit log', async () => {
  const csp: string[] = []
  consolePage.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) csp.push(message.text())
  })
  await consolePage.goto(`${baseUrl}/admin`)
  await consolePage.getByRole('img', { name: '管理后台登录二维码' }).waitFor()
  const payload = (await consolePage.getByLabel('二维码下方的文字').innerText()).trim()
  await shot(consolePage, 'admin-sign-in')

  // The administrator's phone: 扫一扫 reads the code (typed, as the scan page accepts it).
  const adminPhone = await phone('admin-1')
  await adminPhone.goto(`${baseUrl}/packages/qr/pages/scan/index`)
  await fill(adminPhone, '扫不了？输入二维码下方的文字', payload)
  await visiblePage(adminPhone).getByRole('button', { name: '识别', exact: true }).click()
  await adminPhone.waitForURL(/console-sign-in/)
  await visiblePage(adminPhone).getByText('在 Chrome · Linux 上登录管理后台?').waitFor()
  await visiblePage(adminPhone)
    .getByText(/127\.\*\.\*\.1/)
    .waitFor()
  await consolePage.getByText('已扫码，请在手机上点“确认”').waitFor()
  await shot(adminPhone, 'admin-sign-in-confirm-phone')
  await visiblePage(adminPhone).getByRole('button', { name: '确认' }).click()
  await visiblePage(adminPhone).getByText('已确认，电脑上的管理后台即将登录').waitFor()

  await consolePage.getByRole('heading', { name: '人员与角色' }).waitFor()
  await shot(consolePage, 'admin-staff')

  // Invite: the 8 digits the new colleague types in the mini program.
  await consolePage.getByRole('tab', { name: '邀请码' }).click()
  await consolePage.getByLabel('姓名或称呼').fill('孙律师')
  await consolePage.getByLabel('备注').fill('法律服务专区 入驻律师（示例）')
  await consolePage.getByRole('button', { name: '生成邀请码' }).click()
  const card = consolePage.getByLabel('新邀请码')
  await card.getByRole('img', { name: '工作人员邀请二维码' }).waitFor()
  const digits = (await card.getByText(/^\d{8}$/).innerText()).trim()
  await shot(consolePage, 'admin-invite')

  invitee = await phone('e2e-console-invitee')
  await invitee.goto(`${baseUrl}/packages/account/pages/staff-invite/index`)
  await fill(invitee, '邀请码', digits)
  await visiblePage(invitee).getByRole('button', { name: '认领' }).click()
  await visiblePage(invitee).getByText('已加入工作人员名单：孙律师').waitFor()
  await shot(invitee, 'admin-invite-claimed-phone')

  // Grant the lawyer role (with the profile residents will see).
  await consolePage.reload()
  await consolePage.getByRole('heading', { name: '人员与角色' }).waitFor()
  await consolePage.getByRole('combobox', { name: /人员/ }).click()
  await consolePage.getByTitle(/^孙律师（/).click()
  await consolePage.getByRole('combobox', { name: /角色/ }).click()
  await consolePage.getByTitle('入驻律师').click()
  await consolePage.getByLabel('律师姓名').fill('孙律师')
  await consolePage.getByLabel('执业机构').fill('青山区公共法律服务中心（示例）')
  await consolePage.getByRole('button', { name: '授予角色' }).click()
  await consolePage.getByText('已授予').waitFor()
  await consolePage
    .getByRole('row', { name: /孙律师/ })
    .getByText('入驻律师')
    .waitFor()
  await shot(consolePage, 'admin-staff-granted')

  await consolePage.getByRole('menuitem', { name: '审计日志' }).click()
  await consolePage.getByRole('heading', { name: '审计日志' }).waitFor()
  const rows = consolePage.locator('.ant-table-row')
  await rows.filter({ hasText: '授予入驻律师角色' }).first().waitFor()
  await rows.filter({ hasText: '认领工作人员邀请码（孙律师）' }).waitFor()
  await rows.filter({ hasText: '扫码登录管理后台' }).first().waitFor()
  await shot(consolePage, 'admin-audit')
  expect(csp).toEqual([])
})

const QUESTION = '公司让我签了一份竞业限制协议但从没给过补偿，我现在离职了还要遵守吗？'
const ANSWER = '用人单位未支付竞业限制经济补偿满三个月的，您可以请求解除竞业限制约定。'

test('the new lawyer, given a public profile in the console, answers a resident who reads the answer', async () => {
  await consolePage.getByRole('menuitem', { name: '律师' }).click()
  await consolePage.getByRole('heading', { name: '律师' }).waitFor()
  await consolePage
    .getByRole('row', { name: /孙律师/ })
    .getByText('未填写，请补充')
    .waitFor()
  await consolePage.getByRole('button', { name: '编辑 孙律师' }).click()
  const dialog = consolePage.getByRole('dialog', { name: '编辑律师资料：孙律师' })
  await dialog.getByRole('checkbox', { name: '劳务争议/欠薪' }).check()
  await dialog.getByLabel('执业年限（年）').fill('8')
  await dialog.getByLabel('律师简介').fill('专注劳动合同、竞业限制和工伤赔偿（示例）。')
  await dialog.getByRole('button', { name: '保存修改' }).click()
  await dialog.waitFor({ state: 'detached' })
  await consolePage
    .getByRole('row', { name: /孙律师/ })
    .getByText('劳务争议/欠薪')
    .waitFor()
  await shot(consolePage, 'admin-lawyers-profile')

  const resident = await phone('e2e-console-asker')
  await resident.goto(`${baseUrl}/packages/legal/pages/ask/index`)
  const ask = visiblePage(resident)
  await ask.getByRole('radio', { name: '劳务争议/欠薪', exact: true }).click()
  await ask.getByRole('radio', { name: /孙律师律师.*擅长劳务争议\/欠薪 · 执业8年/ }).click()
  await resident.locator('taro-textarea-core[aria-label="您的问题"] textarea').fill(QUESTION)
  await ask.getByRole('button', { name: '提交问题' }).click()
  await visiblePage(resident).getByText(QUESTION).waitFor()

  await invitee.goto(`${baseUrl}/packages/legal/pages/desk/index`)
  const desk = visiblePage(invitee)
  await desk.getByRole('button', { name: /公司让我签了一份竞业限制协议/ }).click()
  const thread = visiblePage(invitee)
  await thread.getByText(QUESTION).waitFor()
  await invitee.locator('taro-textarea-core[aria-label="答复提问人"] textarea').fill(ANSWER)
  await thread.getByRole('button', { name: '发送答复' }).click()
  await thread.getByText(ANSWER).waitFor()
  await shot(invitee, 'admin-lawyer-answered-phone')

  await resident.goto(`${baseUrl}/packages/legal/pages/index/index`)
  const hub = visiblePage(resident)
  await hub.getByText('律师已回复您 1 条咨询，点开查看').waitFor()
  await hub.getByText('● 律师有新回复（未读）').click()
  await visiblePage(resident).getByText(ANSWER).waitFor()
  await shot(resident, 'admin-lawyer-answer-read-phone')
})
