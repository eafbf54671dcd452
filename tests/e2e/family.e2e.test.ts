// 亲情代办 end to end with two phones: the grandmother (长辈模式) authorises her grandson for
// one item; he claims the code she reads out, books it for her, is refused another item, and is
// refused again once she revokes.
import type { BrowserContext, Page } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { ARTIFACTS, openAppAs } from './support/browser'
import { fill, screenshot as capture, visiblePage } from './support/actions'
import { auditPage, ELDER_LIMITS, NORMAL_LIMITS, violations } from './support/audit'
import { PEOPLE, verifyInApp } from './support/identity'

const contexts: BrowserContext[] = []
let grandma: { page: Page; baseUrl: string }
let grandson: { page: Page; baseUrl: string }
let itemName = ''
let itemId = ''
let grantId = ''

async function screenshot(page: Page, name: string) {
  await page.waitForTimeout(500)
  await capture(page, name)
}

async function openAs(device: string) {
  const opened = await openAppAs(device)
  contexts.push(opened.context)
  return opened
}

async function mine(page: Page, baseUrl: string, entry: RegExp) {
  await page.goto(`${baseUrl}/pages/mine/index`)
  await visiblePage(page).getByRole('button', { name: entry }).click()
  return visiblePage(page)
}

/** Point → first free day → first free slot → contact → 确认预约 on the booking page now open. */
async function bookOpenItem(page: Page) {
  const view = visiblePage(page)
  await view.getByText('您正在替家人预约：预约记在家人名下，并写入代办记录。').waitFor()
  await view.getByRole('button', { name: '在这里办' }).first().click()
  const dates = view.getByLabel('可预约日期')
  await dates.locator('[aria-disabled="false"]').first().click()
  await view.getByLabel('可预约时段').locator('[aria-disabled="false"]').first().click()
  await view.getByText('确认预约信息').waitFor()
  await fill(page, '预约人姓名', '王淑芳')
  await fill(page, '手机号', '13912345678')
  await view.getByRole('button', { name: '确认预约' }).click()
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  grandma = await openAs('grandma-family')
  grandson = await openAs('grandson-family')
  const { page, baseUrl } = grandma
  await verifyInApp(page, baseUrl, PEOPLE.grandma)
  await page.goto(`${baseUrl}/`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
})
afterAll(() => Promise.all(contexts.map((c) => c.close())))

test('grandmother in 长辈模式 authorises her grandson for one item, one question per screen', async () => {
  const { page, baseUrl } = grandma
  const list = await mine(page, baseUrl, /亲情代办/)
  await list.getByText('您还没有授权过别人。').waitFor()
  await list.getByRole('button', { name: '新建授权' }).click()
  const view = visiblePage(page)

  await view.getByText('请谁帮您办？').waitFor()
  await view.getByRole('button', { name: '下一步' }).click()
  await view.getByText('请选择请谁帮您办').waitFor()
  await view.getByRole('radio', { name: /家里人/ }).click()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'family-who-elder')
  await view.getByRole('button', { name: '下一步' }).click()

  await view.getByText('这位家人是谁？').waitFor()
  await fill(page, '家人的姓名', '李明')
  await view.getByRole('radio', { name: /孙子/ }).click()
  await view.getByRole('button', { name: '下一步' }).click()

  await view.getByText('可以帮您办哪些事？').waitFor()
  await view.getByRole('button', { name: '下一步' }).click()
  await view.getByText('请至少选择一个可以代办的事项').waitFor()
  const first = view.getByLabel('您收藏的和常办的事项').getByRole('checkbox').first()
  itemName = (await first.getAttribute('aria-label')) ?? ''
  await first.click()
  await view.getByText(`${itemName}（已选）`).waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'family-items-elder')

  // WeChat may kill the app: the answers come back, and 上一步 goes back one question.
  await page.reload()
  await visiblePage(page).getByText('已恢复您上次没有完成的授权，可以接着填。').waitFor()
  await visiblePage(page).getByText(`${itemName}（已选）`).waitFor()
  await visiblePage(page).getByRole('button', { name: '上一步' }).click()
  await visiblePage(page).getByText('这位家人是谁？').waitFor()
  await visiblePage(page).getByRole('button', { name: '下一步' }).click()
  await visiblePage(page).getByRole('button', { name: '下一步' }).click()

  await visiblePage(page).getByText('授权多长时间？').waitFor()
  await visiblePage(page).getByRole('radio', { name: /^7天/ }).click()
  await visiblePage(page).getByRole('button', { name: '下一步' }).click()
  const confirm = visiblePage(page).getByLabel('授权内容')
  await expect(confirm.textContent()).resolves.toMatch(
    new RegExp(`请谁办：孙子李明.*${itemName}.*期限：7天，到(\\d{4}年)?\\d+月\\d+日 周.`),
  )
  await visiblePage(page).getByRole('button', { name: '确认授权，出示授权码' }).click()

  const code = visiblePage(page).getByLabel('授权码', { exact: true })
  await code.getByRole('img', { name: '亲情代办授权二维码' }).waitFor()
  await code.getByText(/授权码在.*前有效/).waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'family-code-elder')
})

test('grandson claims the code read over the phone and books the item for her', async () => {
  const digits = (
    (await visiblePage(grandma.page).locator('.family-digits').textContent()) ?? ''
  ).replace(/\s/g, '')
  expect(digits).toMatch(/^\d{8}$/)
  const { page, baseUrl } = grandson
  const acting = await mine(page, baseUrl, /代家人办/)
  await acting.getByText(/还没有家人授权给您/).waitFor()
  await acting.getByRole('button', { name: '输入或扫描授权码' }).click()
  await fill(page, '授权码', '1234')
  await visiblePage(page).getByRole('button', { name: '查看授权' }).click()
  await visiblePage(page).getByText('授权码是8位数字，请核对后重新输入').waitFor()
  await fill(page, '授权码', digits)
  await visiblePage(page).getByRole('button', { name: '查看授权' }).click()
  const preview = visiblePage(page).getByLabel('授权内容')
  await preview.getByText('王*芳 请您帮忙办事').waitFor()
  await expect(preview.textContent()).resolves.toContain(itemName)
  expect(violations(await auditPage(page), NORMAL_LIMITS)).toEqual([])
  await screenshot(page, 'family-claim')
  await visiblePage(page).getByRole('button', { name: '确认接受' }).click()

  const person = visiblePage(page).getByLabel('代王*芳办')
  await person.getByText(/可以代办，到/).waitFor()
  await person.getByRole('button', { name: '替王*芳预约办事' }).click()
  await page.waitForURL(/for=/)
  const url = new URL(page.url())
  itemId = url.searchParams.get('itemId') ?? ''
  grantId = url.searchParams.get('for') ?? ''
  await bookOpenItem(page)
  await visiblePage(page)
    .getByText(/已替家人预约成功/)
    .waitFor()
  await visiblePage(page).getByText(`您为 王*芳 预约了“${itemName}”`).waitFor()
  await screenshot(page, 'family-acting')
})

test('another item is refused by the server with what to do', async () => {
  const { page, baseUrl } = grandson
  await page.goto(`${baseUrl}/packages/booking/pages/start/index`)
  const popular = visiblePage(page).getByLabel('常约事项')
  await popular.waitFor()
  await popular.getByRole('button').filter({ hasNotText: itemName }).first().click()
  await page.waitForURL(/itemId=/)
  const other = new URL(page.url()).searchParams.get('itemId') ?? ''
  expect(other).not.toBe(itemId)
  await page.goto(`${baseUrl}/packages/booking/pages/book/index?itemId=${other}&for=${grantId}`)
  await bookOpenItem(page)
  await visiblePage(page).getByText('该授权不包含此事项，请让家人重新授权').waitFor()
  await screenshot(page, 'family-out-of-scope')
})

test('grandmother sees who did what, the booking in 我的预约, and revokes at once', async () => {
  const { page, baseUrl } = grandma
  const booked = await mine(page, baseUrl, /我的预约/)
  await booked
    .getByRole('button', { name: new RegExp(itemName.replace(/[()（）]/g, '.')) })
    .getByText('由 李* 代办')
    .waitFor()
  await screenshot(page, 'family-bookings-elder')

  const view = await mine(page, baseUrl, /亲情代办/)
  await view.getByText(`李* 为您预约了“${itemName}”`).waitFor()
  const card = view.getByLabel('授权给孙子李明')
  await card.getByText(/生效中，到/).waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'family-grants-elder')
  await card.getByRole('button', { name: '撤销授权' }).click()
  await card.getByText('撤销后对方立即不能再替您办理。确定撤销吗？').waitFor()
  await card.getByRole('button', { name: '确定撤销' }).click()
  await card.getByText(/已撤销/).waitFor()
  await view.getByText('您撤销了授权（给李*）').waitFor()
})

test('after the revocation the grandson is refused', async () => {
  const { page, baseUrl } = grandson
  await page.goto(`${baseUrl}/packages/booking/pages/book/index?itemId=${itemId}&for=${grantId}`)
  const view = visiblePage(page)
  const restart = view.getByRole('button', { name: '从头重新选择' })
  await Promise.race([view.getByText('选择办理网点').waitFor(), restart.waitFor()])
  if (await restart.isVisible()) await restart.click()
  await bookOpenItem(page)
  await visiblePage(page)
    .getByText('家人已撤销对您的授权，不能再代为办理；如需继续，请让家人重新授权')
    .waitFor()
  const acting = await mine(page, baseUrl, /代家人办/)
  await acting.getByText('家人已撤销授权').waitFor()
})
