// The 管理后台 at 1280×800 (dev sign-in) edits what residents see: a holiday saved in 节假日与调休
// takes that day out of booking in the mini program (375×812) at once. Screenshots of the
// 服务网点, 节假日与调休 and 一码通专区 pages and of the printed wall. A booking on that day becomes
// 需改约: the console says so and the resident's booking page shows it (both modes).
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { type BrowserContext, type Page } from 'playwright-core'
import type {
  AdminHolidayYears,
  Appointment,
  BookableDates,
  SlotList,
} from '../../src/services/contract'
import { apiAs } from './support/api'
import { ARTIFACTS, openAppAs, openConsole } from './support/browser'
import { visiblePage } from './support/actions'
import { readServerState } from './support/state'

const CENTRE = 'sp-qs-center'
const HOLIDAY = '示例 临时闭馆'
const contexts: BrowserContext[] = []
let consolePage: Page
const baseUrl = readServerState().url

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  const desk = await openConsole()
  contexts.push(desk.context)
  consolePage = desk.page
  await consolePage.goto(`${baseUrl}/admin`)
  await consolePage.getByRole('button', { name: '开发登录（admin-1）' }).click()
  await consolePage.getByRole('heading', { name: '人员与角色' }).waitFor()
})
afterAll(async () => {
  for (const context of contexts) await context.close()
})

const menu = (name: string) =>
  consolePage.getByRole('navigation', { name: '管理后台菜单' }).getByText(name, { exact: true })
/** “12月8日” of `2026-12-08`, as the booking page prints it. */
const shortDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

async function bookingDays(phone: Page, itemId: string): Promise<string[]> {
  await phone.goto(`${baseUrl}/packages/booking/pages/book/index?itemId=${itemId}`)
  const view = visiblePage(phone)
  const restart = view.getByRole('button', { name: '从头重新选择' })
  await Promise.race([view.getByText('选择办理网点').waitFor(), restart.waitFor()])
  if (await restart.isVisible()) await restart.click()
  await view.getByRole('button', { name: '在这里办' }).first().click()
  const dates = view.getByLabel('可预约日期')
  await dates.waitFor()
  return dates
    .getByRole('radio')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''))
}

test('a holiday saved in the console takes that day out of booking in the mini program', async () => {
  const resident = await apiAs(baseUrl, 'points-e2e-resident')
  const items = await resident<{ items: { id: string }[] }>(
    'GET',
    `/api/v1/service-points/${CENTRE}/items?pageSize=1`,
  )
  const itemId = items.items[0]?.id ?? ''
  const { dates } = await resident<BookableDates>(
    'GET',
    `/api/v1/appointments/dates?itemId=${itemId}&pointId=${CENTRE}`,
  )
  const day = dates[1]?.date ?? ''
  const year = day.slice(0, 4)
  const { slots } = await resident<SlotList>(
    'GET',
    `/api/v1/appointments/slots?itemId=${itemId}&pointId=${CENTRE}&date=${day}`,
  )
  const slot = slots.find((s) => s.remaining > 0)
  const booked = await resident<Appointment>('POST', '/api/v1/appointments', {
    itemId,
    pointId: CENTRE,
    slotStart: slot?.start,
    name: '示例 张三',
    phone: '13812345678',
  })

  const opened = await openAppAs('points-e2e-resident')
  contexts.push(opened.context)
  const phone = opened.page
  expect((await bookingDays(phone, itemId)).some((l) => l.startsWith(shortDay(day)))).toBe(true)
  await shot(phone, 'admin-points-booking-before')

  const original = (
    (await (await consolePage.request.get(`${baseUrl}/api/v1/admin/calendar/years`)).json()) as {
      data: AdminHolidayYears
    }
  ).data.items.find((y) => String(y.year) === year) ?? { holidays: [], makeupDays: [] }

  await menu('节假日与调休').click()
  await consolePage.getByRole('heading', { name: '节假日与调休' }).waitFor()
  await consolePage.getByLabel('年份').click()
  await consolePage.locator('.ant-select-item-option').getByText(`${year}年`).click()
  await consolePage.getByRole('button', { name: '添加假期' }).click()
  const rows = consolePage.getByLabel('法定节假日').getByRole('row')
  const last = rows.last()
  await last.getByRole('textbox').first().fill(HOLIDAY)
  await consolePage.getByLabel(`${HOLIDAY} 开始日期`).fill(day)
  await consolePage.getByLabel(`${HOLIDAY} 结束日期`).fill(day)
  await shot(consolePage, 'admin-calendar')
  await consolePage.getByRole('button', { name: `保存${year}年安排` }).click()
  await consolePage.getByText(`${year}年节假日已保存`).waitFor()
  await consolePage.getByText(/1个已预约的时段不再办公/).waitFor()
  await shot(consolePage, 'admin-calendar-saved')

  expect((await bookingDays(phone, itemId)).some((l) => l.startsWith(shortDay(day)))).toBe(false)
  await shot(phone, 'admin-points-booking-after')

  // The booking on that day is 需改约, in both modes.
  const detail = `${baseUrl}/packages/booking/pages/detail/index?id=${booked.id}`
  await phone.goto(detail)
  await visiblePage(phone)
    .getByText(/该时段已不办公，请改约。/)
    .waitFor()
  await shot(phone, 'booking-needs-rebook')
  await phone.goto(`${baseUrl}/`)
  await phone.getByRole('switch', { name: '长辈模式' }).click()
  await phone.goto(detail)
  await visiblePage(phone)
    .getByText(/该时段已不办公，请改约。/)
    .waitFor()
  await shot(phone, 'booking-needs-rebook-elder')
  await resident('POST', `/api/v1/appointments/${booked.id}/cancel`)

  // The run's other suites book on this server: the year goes back as it was.
  const restored = await consolePage.request.post(
    `${baseUrl}/api/v1/admin/calendar/years/${year}`,
    { data: { holidays: original.holidays, makeupDays: original.makeupDays } },
  )
  expect(restored.status()).toBe(200)
})

test('the 服务网点 page edits a point in a drawer: details, weekly hours and the items it handles', async () => {
  await menu('服务网点').click()
  await consolePage.getByRole('heading', { name: '服务网点' }).waitFor()
  await shot(consolePage, 'admin-points')
  await consolePage.getByRole('button', { name: /^编辑 青山区政务服务中心/ }).click()
  await consolePage.getByLabel('周一').waitFor()
  expect(await consolePage.getByLabel('周一').inputValue()).toMatch(/^\d{2}:\d{2}-\d{2}:\d{2}/)
  await shot(consolePage, 'admin-points-edit')
  await consolePage.getByRole('tab', { name: /可办事项/ }).click()
  await consolePage.getByText(/^共\d{4}项$/).waitFor()
  await shot(consolePage, 'admin-points-items')

  // An item found by the server-side picker is added with its window, then found and removed.
  const picker = consolePage.getByLabel('选择要添加的事项')
  await picker.click()
  const name = '查封违法从事食品生产经营活动的场所' // an item the centre does not handle
  await picker.fill(name)
  await consolePage.locator('.ant-select-item-option').getByText(name).click()
  await consolePage.getByLabel('办理窗口', { exact: true }).fill('示例 E2E窗口')
  await consolePage.getByRole('button', { name: '添加' }).click()
  await consolePage.getByText('可办事项已保存').first().waitFor()
  await consolePage.getByLabel('在可办事项中查找').fill('示例 E2E窗口')
  await consolePage.getByLabel('在可办事项中查找').press('Enter')
  await consolePage.getByText('共1项').waitFor()
  await shot(consolePage, 'admin-points-items-found')
  await consolePage.getByRole('button', { name: `移除 ${name}` }).click()
  await consolePage.getByRole('button', { name: '移除', exact: true }).click()
  await consolePage.getByRole('button', { name: `移除 ${name}` }).waitFor({ state: 'detached' })
})

test('the 一码通专区 page lists zones and their codes, and prints the wall', async () => {
  await consolePage.keyboard.press('Escape')
  await menu('一码通专区').click()
  await consolePage.getByRole('heading', { name: '一码通专区' }).waitFor()
  await consolePage.getByRole('button', { name: '展开行' }).first().click()
  await consolePage.getByText('使用中').first().waitFor()
  await shot(consolePage, 'admin-qr')
  const [wall] = await Promise.all([
    consolePage.context().waitForEvent('page'),
    consolePage.getByRole('button', { name: /^打印码墙 企业智惠服务专区/ }).click(),
  ])
  await wall.waitForLoadState('load')
  await wall.getByRole('heading', { name: /企业智惠服务专区 · 一码通/ }).waitFor()
  expect(await wall.locator('.code svg').count()).toBeGreaterThan(3)
  await shot(wall, 'admin-qr-wall')

  // A guide code's item is searched on the server, the catalog being thousands of items.
  await consolePage.getByRole('button', { name: '签发码' }).first().click()
  const target = consolePage.getByLabel('指向')
  await target.click()
  await target.fill('食品生产经营')
  await consolePage
    .locator('.ant-select-item-option')
    .getByText('查封违法从事食品生产经营活动的场所')
    .waitFor()
  await shot(consolePage, 'admin-qr-issue')
  await consolePage.keyboard.press('Escape')
  await consolePage.getByRole('button', { name: '取消' }).click()
})
