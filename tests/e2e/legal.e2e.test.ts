import type { Page } from 'playwright-core'
import { appPerFile, openApp, openAppAs } from './support/browser'
import { screenshot, visiblePage } from './support/actions'
import { auditPage, ELDER_LIMITS, violations } from './support/audit'

const resident = appPerFile({ agreePrivacy: true })
const QUESTION = '我在青山区一个工地干了三个月，包工头拖欠工资一万二，现在电话也不接，我该怎么办？'
const ANSWER = '请保存考勤和转账记录，可向施工总承包单位主张工资，也可到劳动保障监察投诉。'

async function typeInto(page: Page, label: string, text: string) {
  await page.locator(`taro-textarea-core[aria-label="${label}"] textarea`).fill(text)
}

test('a consultation round trip: ask, the lawyer answers, the resident is told and reads it', async () => {
  const { page, baseUrl } = resident
  await page.goto(`${baseUrl}/packages/legal/pages/ask/index`)
  const ask = visiblePage(page)
  await ask.getByText('选择律师').waitFor()
  await screenshot(page, 'legal-ask-loaded')
  await ask.getByRole('radio', { name: '劳务争议/欠薪', exact: true }).click()
  await ask.getByRole('radio', { name: /王建华律师/ }).click()
  await typeInto(page, '您的问题', QUESTION)
  await screenshot(page, 'legal-ask')
  await ask.getByRole('button', { name: '提交问题' }).click()
  const thread = visiblePage(page)
  await thread.getByText(QUESTION).waitFor()
  await thread
    .getByText(/等待律师答复/)
    .first()
    .waitFor()
  const threadUrl = page.url()

  // The lawyer signs in on another device whose id maps to the seeded lawyer-1 account.
  const lawyer = await openAppAs('lawyer-1')
  try {
    await lawyer.page.goto(`${lawyer.baseUrl}/packages/legal/pages/desk/index`)
    const desk = visiblePage(lawyer.page)
    // The accessibility audit asks this lawyer too, on the same server: pick our own question.
    await desk.getByText(/有 \d+ 条咨询等您答复/).waitFor()
    await desk
      .getByRole('button', { name: /我在青山区一个工地/ })
      .getByText('● 有新提问（未读）')
      .click()
    const answerPage = visiblePage(lawyer.page)
    await answerPage.getByText(QUESTION).waitFor()
    await typeInto(lawyer.page, '答复提问人', ANSWER)
    await answerPage.getByRole('button', { name: '发送答复' }).click()
    await answerPage.getByText(ANSWER).waitFor()
    await answerPage
      .getByText(/律师已答复/)
      .first()
      .waitFor()
    await screenshot(lawyer.page, 'legal-lawyer-answered')
  } finally {
    await lawyer.context.close()
  }

  await page.goto(`${baseUrl}/packages/legal/pages/index/index`)
  const hub = visiblePage(page)
  await hub.getByText('律师已回复您 1 条咨询，点开查看').waitFor()
  await hub.getByText('● 律师有新回复（未读）').click()
  await visiblePage(page).getByText(ANSWER).waitFor()
  expect(page.url()).toBe(threadUrl)
  await page.goto(`${baseUrl}/packages/legal/pages/index/index`)
  await visiblePage(page).getByText('律师已答复').waitFor()
  await expect(visiblePage(page).textContent()).resolves.not.toContain('未读')
})

test('someone else cannot read the thread', async () => {
  const { page, baseUrl } = resident
  await page.goto(`${baseUrl}/packages/legal/pages/index/index`)
  await visiblePage(page).getByText('律师已答复').click()
  const url = page.url()
  const stranger = await openApp()
  try {
    await stranger.page.goto(`${stranger.baseUrl}/`)
    await stranger.page.getByRole('button', { name: '同意并继续' }).click()
    await stranger.page.goto(url.replace(baseUrl, stranger.baseUrl))
    await visiblePage(stranger.page)
      .getByText(/没有找到这条咨询/)
      .waitFor()
    await expect(visiblePage(stranger.page).textContent()).resolves.not.toContain(QUESTION)
  } finally {
    await stranger.context.close()
  }
})

test('the intake computes the labour arbitration deadline, and 长辈模式 passes the audit', async () => {
  const { page, baseUrl } = resident
  await page.goto(`${baseUrl}/packages/legal/pages/intake/index?topic=labor`)
  const intake = visiblePage(page)
  await intake.getByRole('button', { name: '生成案情摘要和时效' }).click()
  await intake.getByText('✗ 请选择：主要是什么问题？').waitFor()
  await intake.getByRole('radio', { name: /拖欠工资/ }).click()
  await intake.getByRole('radio', { name: /还在上班/ }).click()
  await intake.getByRole('radio', { name: /^签过/ }).click()
  // The date picker's 确定 takes today, the default.
  await intake.getByRole('button', { name: /您哪天知道自己的权益受到侵害/ }).click()
  await page.locator('text=确定 >> visible=true').click()
  await intake.getByRole('button', { name: '生成案情摘要和时效' }).click()
  await intake.getByText('劳动争议仲裁时效 1 年（欠薪）：目前尚未开始计算').waitFor()
  await intake.getByText('· 争议事项：拖欠工资').waitFor()

  await intake.getByRole('radio', { name: /已经离职或被辞退/ }).click()
  await intake.getByRole('button', { name: /哪天离职/ }).click()
  await page.locator('text=确定 >> visible=true').click()
  await intake.getByRole('button', { name: '生成案情摘要和时效' }).click()
  await intake.getByText(/^截止日期 (\d{4}年)?\d+月\d+日 周.，还剩 \d+ 天$/).waitFor()
  await screenshot(page, 'legal-intake')

  await page.goto(`${baseUrl}/packages/account/pages/settings/index`)
  await visiblePage(page).getByRole('radio', { name: /^开启/ }).click()
  const ready: [string, string][] = [
    ['index/index', '交通事故'],
    ['aid/index', '开始预审'],
    ['knowledge/index', '共 84 条'],
  ]
  for (const [path, text] of ready) {
    await page.goto(`${baseUrl}/packages/legal/pages/${path}`)
    await page.locator('.gov-page[data-elder="on"]:visible').waitFor()
    await visiblePage(page).getByText(text).first().waitFor()
    await screenshot(page, `legal-elder-${path.split('/')[0]}`)
    expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  }
})

test('in 长辈模式 the intake asks one question per screen, resumes there, and goes back to what is missing', async () => {
  const { page, baseUrl } = resident
  await page.goto(`${baseUrl}/packages/legal/pages/intake/index?topic=consumer`)
  const intake = visiblePage(page)
  await intake.getByText('第1题，共3题').waitFor()
  await expect(intake.getByRole('radiogroup').count()).resolves.toBe(1)
  await intake.getByRole('button', { name: '朗读' }).waitFor()
  await intake.getByRole('radio', { name: /商品质量问题/ }).click()
  await intake.getByRole('button', { name: '下一题' }).click()
  await intake.getByText('第2题，共3题').waitFor()
  await intake.getByRole('button', { name: '上一题：遇到了什么问题？' }).waitFor()

  await page.reload()
  await visiblePage(page).getByText('第2题，共3题').waitFor()
  await visiblePage(page).getByRole('button', { name: '下一题' }).click()
  await visiblePage(page).getByRole('radio', { name: /^有/ }).click()
  await visiblePage(page).getByRole('button', { name: '生成案情摘要和时效' }).click()
  // The date was skipped: back to that question, with the reason.
  await visiblePage(page).getByText('第2题，共3题').waitFor()
  await visiblePage(page).getByText(/^✗ /).waitFor()
  await screenshot(page, 'legal-intake-elder-missing')
  await visiblePage(page)
    .getByRole('button', { name: /哪天发现问题/ })
    .click()
  await page.locator('text=确定 >> visible=true').click()
  await visiblePage(page).getByRole('button', { name: '下一题' }).click()
  await visiblePage(page).getByRole('button', { name: '生成案情摘要和时效' }).click()
  await visiblePage(page)
    .getByText(/^截止日期 (\d{4}年)?\d+月\d+日 周.，还剩 \d+ 天$/)
    .waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
})
