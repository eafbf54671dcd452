// The 管理后台's content pages at 1280×800 (dev sign-in): an administrator edits a lab and
// schedules then moves a live session; a 375×812 mini program shows both at once.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { type BrowserContext, type Page } from 'playwright-core'
import { addDays, beijingDate } from '../../src/services/contract'
import { ARTIFACTS, openAppAs, openConsole } from './support/browser'
import { screenshot, visiblePage } from './support/actions'
import { readServerState } from './support/state'

const contexts: BrowserContext[] = []
let console_: Page
let phone: Page
const baseUrl = readServerState().url
const HOURS = '周一至周六 8:30–17:30 上门抽样（E2E 修改）'

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  const desk = await openConsole()
  contexts.push(desk.context)
  console_ = desk.page
  await console_.goto(`${baseUrl}/admin`)
  await console_.getByRole('button', { name: '开发登录（admin-1）' }).click()
  await console_.getByRole('heading', { name: '人员与角色' }).waitFor()
  const opened = await openAppAs('e2e-admin-content-resident')
  contexts.push(opened.context)
  phone = opened.page
})
afterAll(async () => {
  for (const context of contexts) await context.close()
})

async function save(dialog: string) {
  const modal = console_.getByRole('dialog', { name: dialog })
  await modal.getByRole('button', { name: '保存修改' }).click()
  await modal.waitFor({ state: 'detached' })
}

test('a lab edited in the console shows in the mini program at once', async () => {
  await console_.getByRole('menuitem', { name: '检测机构' }).click()
  await console_.getByRole('heading', { name: '检测机构' }).waitFor()
  await shot(console_, 'admin-labs')
  await console_.getByRole('button', { name: '编辑 包头市示例产品质量检验中心' }).click()
  const dialog = '编辑检测机构：包头市示例产品质量检验中心'
  const form = console_.getByRole('dialog', { name: dialog })
  await form.getByLabel('联系电话').fill('请打总机')
  await form.getByLabel('服务时间').fill(HOURS)
  await form.getByRole('button', { name: '保存修改' }).click()
  await form
    .getByRole('alert')
    .getByText('联系电话应为11位手机号或带区号的座机（如 0472-3100001）')
    .waitFor()
  await shot(console_, 'admin-labs-refused')
  await form.getByLabel('联系电话').fill('0472-3100002')
  await save(dialog)
  await console_
    .getByRole('row', { name: /包头市示例产品质量检验中心/ })
    .getByText(HOURS)
    .waitFor()
  await shot(console_, 'admin-labs-edited')

  await phone.goto(`${baseUrl}/packages/labs/pages/index/index`)
  await visiblePage(phone).getByText(`服务时间：${HOURS}`).waitFor()
  await screenshot(phone, 'admin-labs-seen-in-app')
})

test('a live session scheduled and then moved shows in the mini program at its new time', async () => {
  const day = addDays(beijingDate(new Date()), 20)
  await console_.getByRole('menuitem', { name: '直播与视频' }).click()
  await console_.getByRole('heading', { name: '直播与视频' }).waitFor()
  await console_.getByRole('button', { name: '新增直播' }).click()
  const create = console_.getByRole('dialog', { name: '新增直播' })
  await create.getByLabel('直播标题').fill('E2E 灵活就业社保怎么交')
  await create.getByLabel('直播内容').fill('灵活就业人员参保登记、缴费基数和断缴补缴')
  await create.getByLabel('主办部门').fill('青山区社会保险事业服务中心')
  await create.getByLabel('开始时间').fill(`${day}T20:00`)
  await create.getByLabel('结束时间').fill(`${day}T21:00`)
  await save('新增直播')
  const row = console_.getByRole('row', { name: /E2E 灵活就业社保怎么交/ })
  await row.getByText('未开播').waitFor()

  await row.getByRole('button', { name: '编辑 E2E 灵活就业社保怎么交' }).click()
  const dialog = '修改直播：E2E 灵活就业社保怎么交'
  const edit = console_.getByRole('dialog', { name: dialog })
  await edit.getByLabel('直播标题').fill('E2E 灵活就业社保一次讲清')
  await edit.getByLabel('开始时间').fill(`${day}T19:30`)
  await edit.getByLabel('结束时间').fill(`${day}T20:30`)
  await save(dialog)
  const moved = console_.getByRole('row', { name: /E2E 灵活就业社保一次讲清/ })
  await moved.getByText(`${day} 19:30 – 20:30`).waitFor()
  await shot(console_, 'admin-media-live')

  await phone.goto(`${baseUrl}/packages/media/pages/index/index`)
  await visiblePage(phone)
    .getByLabel('即将开播')
    .getByRole('button', { name: '开播提醒：E2E 灵活就业社保一次讲清' })
    .waitFor()
  await screenshot(phone, 'admin-media-live-seen-in-app')
})

test('the videos and lawyers pages list what residents see, numbers masked', async () => {
  await console_.getByRole('tab', { name: '视频讲解' }).click()
  await console_
    .getByText(/^手把手教你办|^一看就会|^三分钟看懂|^跟着做就行/)
    .first()
    .waitFor()
  await shot(console_, 'admin-media-videos')
  await console_
    .getByRole('button', { name: /^编辑 / })
    .first()
    .click()
  const dialog = console_.getByRole('dialog', { name: /^编辑视频/ })
  await dialog.getByLabel('第1章（企业年度报告公示）').waitFor()
  await shot(console_, 'admin-media-video-edit')
  await dialog.getByRole('button', { name: '取消' }).click()
  await console_.getByRole('menuitem', { name: '律师' }).click()
  await console_.getByRole('heading', { name: '律师' }).waitFor()
  await console_
    .getByRole('row', { name: /王建华/ })
    .getByText('139****0001')
    .waitFor()
  await expect(console_.locator('main').last().textContent()).resolves.not.toMatch(
    /1[3-9]\d{9}|\d{17}/,
  )
  await shot(console_, 'admin-lawyers')
})
