import type { Page } from 'playwright-core'
import { appPerFile, openAppAs } from './support/browser'
import { fill, screenshot, visiblePage } from './support/actions'
import { auditPage, ELDER_LIMITS, violations } from './support/audit'

const app = appPerFile({ agreePrivacy: true })

const BOOK_PAGE = '/packages/booking/pages/book/index'
const CODE = /^签到码 ([A-HJ-NP-Z2-9]{8})$/

interface Chosen {
  itemId: string
  itemName: string
  date: string
  time: string
}
let chosen: Chosen
let bookedCode = ''

/** Through the point and date steps to the slots of `date`, else of the first or last free day. */
async function openSlots(page: Page, baseUrl: string, itemId: string, date: string | 'last' = '') {
  await page.goto(`${baseUrl}${BOOK_PAGE}?itemId=${itemId}`)
  const view = visiblePage(page)
  const restart = view.getByRole('button', { name: '从头重新选择' })
  await Promise.race([view.getByText('选择办理网点').waitFor(), restart.waitFor()])
  if (await restart.isVisible()) await restart.click()
  await view.getByRole('button', { name: '在这里办' }).first().click()
  const dates = view.getByLabel('可预约日期')
  await dates.waitFor()
  const free = dates.locator('[aria-disabled="false"]')
  const day =
    date === ''
      ? free.first()
      : date === 'last'
        ? free.last()
        : dates.getByRole('radio', { name: new RegExp(`^${date}`) })
  const dayLabel = (await day.getAttribute('aria-label')) ?? ''
  await day.click()
  const slots = view.getByLabel('可预约时段')
  await slots.waitFor()
  return { slots, date: dayLabel.split(' ')[0] ?? '' }
}

/** “余N个” of one slot, as the user reads it. */
async function placesLeft(page: Page, time: string): Promise<number> {
  const slot = visiblePage(page).getByRole('radio', { name: new RegExp(`^${time} `) })
  const label = (await slot.getAttribute('aria-label')) ?? ''
  return Number(label.match(/余(\d+)个/)?.[1] ?? 0)
}

test('book from the 预约 entry: point → date → slot → confirm, then the check-in code', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/`)
  await visiblePage(page)
    .getByRole('button', { name: /预约办事/ })
    .click()
  const popular = visiblePage(page).getByLabel('常约事项')
  await popular.waitFor()
  const first = popular.getByRole('button').first()
  const itemName = (await first.getAttribute('aria-label')) ?? ''
  await first.click()
  await page.waitForURL(/itemId=/)
  const itemId = new URL(page.url()).searchParams.get('itemId') ?? ''
  expect(itemId).not.toBe('')

  const { slots, date } = await openSlots(page, baseUrl, itemId)
  const slot = slots.locator('[aria-disabled="false"]').first()
  const time = ((await slot.getAttribute('aria-label')) ?? '').slice(0, 5)
  chosen = { itemId, itemName, date, time }
  const before = await placesLeft(page, time)
  expect(before).toBeGreaterThan(0)
  await slot.click()

  const view = visiblePage(page)
  await view.getByText('确认预约信息').waitFor()
  await expect(view.getByLabel('预约信息').textContent()).resolves.toContain(itemName)
  await fill(page, '预约人姓名', '张三')
  await fill(page, '手机号', '1381234567')
  await view.getByRole('button', { name: '确认预约' }).click()
  await view.getByText('手机号应为11位，您输入了10位').waitFor()
  await fill(page, '手机号', '13812345678')
  await view.getByRole('button', { name: '确认预约' }).click()

  const detail = visiblePage(page)
  await detail.getByText(/预约成功！/).waitFor()
  const qr = detail.getByRole('img', { name: CODE })
  bookedCode = ((await qr.getAttribute('aria-label')) ?? '').match(CODE)?.[1] ?? ''
  expect(bookedCode).not.toBe('')
  await expect(detail.getByLabel('预约详情').textContent()).resolves.toMatch(
    /预约人：张\*（138\*\*\*\*5678）/,
  )
  await screenshot(page, 'booking-detail')

  // The server counted it: one place fewer for everyone.
  const again = await openSlots(page, baseUrl, itemId, date)
  await again.slots.waitFor()
  await expect(placesLeft(page, time)).resolves.toBe(before - 1)
})

test('我的预约 lists it with its code; cancelling gives the place back', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/booking/pages/list/index`)
  const list = visiblePage(page).getByLabel('待办理的预约')
  await list.waitFor()
  // Other test files book on the same shared server, so count the places this cancel gives back.
  const { slots: beforeCancel } = await openSlots(page, baseUrl, chosen.itemId, chosen.date)
  await beforeCancel.waitFor()
  const before = await placesLeft(page, chosen.time)
  await page.goto(`${baseUrl}/packages/booking/pages/list/index`)
  await list.getByRole('button', { name: new RegExp(chosen.itemName) }).click()
  const detail = visiblePage(page)
  await detail.getByRole('img', { name: `签到码 ${bookedCode}` }).waitFor()
  await detail.getByRole('button', { name: '取消预约' }).click()
  await detail.getByRole('button', { name: '确定取消预约' }).click()
  await detail.getByText('已取消').waitFor()
  await expect(detail.getByRole('img', { name: CODE }).count()).resolves.toBe(0)

  const { slots } = await openSlots(page, baseUrl, chosen.itemId, chosen.date)
  await slots.waitFor()
  const after = await placesLeft(page, chosen.time)
  await page.goto(`${baseUrl}/packages/booking/pages/list/index`)
  await visiblePage(page).getByRole('radio', { name: '历史预约' }).click()
  await visiblePage(page).getByLabel('历史预约').getByText('已取消').waitFor()
  expect(after).toBe(before + 1)
})

test('a half-done booking survives a reload; the saved booker is offered masked', async () => {
  const { page, baseUrl } = app
  // The last bookable day is never today, so the staff check-in below is always for another day.
  const { slots } = await openSlots(page, baseUrl, chosen.itemId, 'last')
  await page.reload()
  const view = visiblePage(page)
  await view.getByText('已恢复您上次未完成的预约，可继续填写。').waitFor()
  await view.getByText('选择时段').first().waitFor()
  await slots.locator('[aria-disabled="false"]').first().click()
  const contact = view.getByLabel('预约人')
  await contact.getByText('预约人：张*').waitFor()
  await contact.getByText('手机号：138****5678').waitFor()
  await view.getByRole('button', { name: '确认预约' }).click()
  await visiblePage(page)
    .getByText(/预约成功！/)
    .waitFor()
  bookedCode =
    (
      (await visiblePage(page).getByRole('img', { name: CODE }).getAttribute('aria-label')) ?? ''
    ).match(CODE)?.[1] ?? ''
})

test('窗口签到: a resident is refused; staff get a clear answer for a code of another day', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/booking/pages/check-in/index`)
  await fill(page, '签到码', bookedCode)
  await visiblePage(page).getByRole('button', { name: '签到并取号' }).click()
  await visiblePage(page).getByText('仅限窗口工作人员使用，请使用工作人员账号登录').waitFor()

  const staff = await openAppAs('staff-center-1')
  try {
    await staff.page.goto(`${staff.baseUrl}/pages/mine/index`)
    await staff.page.getByRole('button', { name: /窗口签到/ }).click()
    await fill(staff.page, '签到码', 'ZZZZZZZZ')
    await visiblePage(staff.page).getByRole('button', { name: '签到并取号' }).click()
    await visiblePage(staff.page).getByText('预约码无效，请核对后重新输入或扫码').waitFor()
    await fill(staff.page, '签到码', bookedCode.toLowerCase())
    await visiblePage(staff.page).getByRole('button', { name: '签到并取号' }).click()
    await visiblePage(staff.page)
      .getByText(/^该预约为(\d{4}年)?\d+月\d+日 周. \d\d:\d\d，请当天前来签到$/)
      .waitFor()
    await screenshot(staff.page, 'booking-check-in')
  } finally {
    await staff.context.close()
  }
})

test('改约 moves the booking to another time in one step; the old one says 已改约 and the new time', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/booking/pages/list/index`)
  const list = visiblePage(page).getByLabel('待办理的预约')
  await list
    .getByRole('button', { name: new RegExp(chosen.itemName) })
    .first()
    .click()
  await visiblePage(page).getByRole('button', { name: '改约其他时间' }).click()
  const view = visiblePage(page)
  await view.getByRole('button', { name: '在这里办' }).first().click()
  await view.getByLabel('可预约日期').locator('[aria-disabled="false"]').first().click()
  const slot = view.getByLabel('可预约时段').locator('[aria-disabled="false"]').last()
  const time = ((await slot.getAttribute('aria-label')) ?? '').slice(0, 5)
  await slot.click()
  await view.getByText('改约成功后，原来的预约会自动取消；预约人和手机号不变。').waitFor()
  await view.getByRole('button', { name: '确认改约' }).click()
  const moved = visiblePage(page)
  await moved.getByText(/改约成功！原来的预约已取消。/).waitFor()
  await expect(moved.getByLabel('预约详情').textContent()).resolves.toContain(time)
  const newCode = await moved.getByRole('img', { name: CODE }).getAttribute('aria-label')
  expect(newCode).not.toBe(`签到码 ${bookedCode}`)

  await page.goto(`${baseUrl}/packages/booking/pages/list/index`)
  await visiblePage(page).getByRole('radio', { name: '历史预约' }).click()
  const history = visiblePage(page).getByLabel('历史预约')
  await history.getByText('已改约', { exact: true }).waitFor()
  await history.getByText(new RegExp(`^已改约，新时间 .*${time}$`)).waitFor()
  await expect(history.getByText('已取消', { exact: true }).count()).resolves.toBe(1)
})

test('长辈模式: the nearest point alone, the earliest time in one tap, big enough everywhere', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  await page.goto(`${baseUrl}/packages/booking/pages/start/index`)
  const popular = visiblePage(page).getByLabel('常约事项')
  await popular.getByRole('button').nth(1).click()
  const view = visiblePage(page)
  await view.getByText('推荐网点').waitFor()
  await expect(view.getByRole('button', { name: '在这里办' }).count()).resolves.toBe(1)
  await view.getByRole('button', { name: /选择其他网点（还有\d+个）/ }).waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'booking-point-elder')

  await view.getByRole('button', { name: '在这里办' }).click()
  const offer = view.getByLabel('最早可约时间')
  await offer.waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'booking-date-elder')
  await offer.getByRole('button', { name: '就约这个时间' }).click()
  await view.getByText('确认预约信息').waitFor()
  await view.getByLabel('预约人').getByText('预约人：张*').waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await view.getByRole('button', { name: '确认预约' }).click()
  await visiblePage(page)
    .getByText(/预约成功！/)
    .waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'booking-detail-elder')
})
