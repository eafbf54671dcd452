import { beijingDate, formatDay, isRestDay } from '../../src/services/contract'
import { appPerFile, openAppAs } from './support/browser'
import { fill, screenshot, visiblePage } from './support/actions'
import { auditPage, ELDER_LIMITS, violations } from './support/audit'

const app = appPerFile({ agreePrivacy: true })

/** The first working day after today in 包头, as the server judges it. */
function nextWorkingDay(): string {
  let day = beijingDate(new Date())
  do {
    day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  } while (isRestDay(day))
  return day
}

test('book a sampling visit, the lab issues the report, the resident reads it', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/labs/pages/index/index`)
  await visiblePage(page)
    .getByRole('button', { name: '预约青山区示例室内环境检测有限公司上门采样' })
    .click()
  const form = visiblePage(page)
  await form.getByRole('button', { name: '提交预约' }).click()
  await form.getByText('✗ 请选择上门采样日期').waitFor()
  // The date picker is WeChat's; here the date goes in through the autosaved draft.
  const date = nextWorkingDay()
  await page.evaluate((day) => {
    const key = 'gov.draft.testing-book-lab-env'
    const values = {
      labId: 'lab-env',
      service: 'air',
      date: day,
      slot: '',
      address: '',
      contact: '',
      phone: '',
    }
    localStorage.setItem(
      key,
      JSON.stringify({ data: JSON.stringify({ values, savedAt: new Date().toISOString() }) }),
    )
  }, date)
  await page.reload()
  const resumed = visiblePage(page)
  await resumed.getByText(`${formatDay(date)}（点此修改）`).waitFor()
  await resumed.getByRole('radio', { name: /^上午/ }).click()
  await fill(page, '采样地址', '青山区幸福路街道幸福南路12号楼3单元501')
  await fill(page, '联系人', '张建国')
  await fill(page, '手机号', '13847200002')
  await resumed.getByRole('button', { name: '提交预约' }).click()
  const detail = visiblePage(page)
  await detail.getByText('… 待上门采样，报告出具后在此查看').waitFor()
  const bookingUrl = page.url()

  const lab = await openAppAs('lab-env')
  try {
    await lab.page.goto(`${lab.baseUrl}/packages/labs/pages/lab/index`)
    await visiblePage(lab.page)
      .getByText(/待出具报告/)
      .first()
      .click()
    const entry = visiblePage(lab.page)
    await entry.getByText('出具检测报告').waitFor()
    await fill(lab.page, '采样点位', '主卧')
    await fill(lab.page, '甲醛（mg/m³）', '0.12')
    await fill(lab.page, 'TVOC（mg/m³）', '0.35')
    await fill(lab.page, '检测结论', '主卧甲醛超标，建议通风后复测')
    await entry.getByRole('button', { name: '出具报告' }).click()
    await entry.getByText('✗ 有项目超过标准限值').waitFor()
  } finally {
    await lab.context.close()
  }

  await page.goto(bookingUrl)
  const report = visiblePage(page)
  await report.getByText('✗ 超标 甲醛 0.12 mg/m³（限值 ≤0.08）').waitFor()
  await report.getByText('依据：GB/T 18883-2022《室内空气质量标准》').waitFor()
  await screenshot(page, 'testing-report')
})

test('检测 in 长辈模式 passes the audit', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/account/pages/settings/index`)
  await visiblePage(page).getByRole('radio', { name: /^开启/ }).click()
  await page.goto(`${baseUrl}/packages/labs/pages/index/index`)
  await page.locator('.gov-page[data-elder="on"]:visible').waitFor()
  await visiblePage(page).getByText('✓ 报告已出具，点此查看').waitFor()
  await screenshot(page, 'testing-elder-home')
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
})
