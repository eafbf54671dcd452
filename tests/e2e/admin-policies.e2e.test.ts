// 管理后台 › 惠企政策 at 1280×800: an administrator (dev sign-in) raises a condition of the rent
// subsidy in the rule builder, sees the dry run on the 示例 enterprises, publishes, and the mini
// program (a second context, 375×812) shows the enterprise now meets it. The 银行产品 page is
// opened too. The policy is restored at the end, so other suites see the seeded version.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { type BrowserContext, type Page } from 'playwright-core'
import { EMPTY_PROFILE_FORM } from '../../src/services/contract'
import { FIRMS } from '../support/people'
import { apiAs } from './support/api'
import { ARTIFACTS, openAppAs, openConsole } from './support/browser'
import { visiblePage } from './support/actions'
import { readServerState } from './support/state'

const DEVICE = 'policy-console-maker'
const RENT = 'qs-startup-rent'
const contexts: BrowserContext[] = []
let consolePage: Page
const baseUrl = readServerState().url

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })

/** YYYY-MM-DD `months` ago (Beijing): 30 months old is past 不满2年 but within 不满3年. */
function monthsAgo(months: number): string {
  const d = new Date()
  d.setMonth(d.getMonth() - months)
  return d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
}

/** The maker firm, bound and acted for by DEVICE, with a small, insured, 30-month-old profile. */
async function enterpriseWithProfile() {
  const api = await apiAs(baseUrl, DEVICE)
  const { maker } = FIRMS
  const { id } = await api<{ id: string }>('POST', '/api/v1/me/identity/verifications', maker.rep)
  const { items } = await api<{ items: { text: string }[] }>('GET', '/api/v1/dev/outbox')
  const code = /验证码为(\d{6})/.exec(items[0]?.text ?? '')?.[1]
  await api('POST', `/api/v1/me/identity/verifications/${id}/confirm`, { code })
  const profile = await api<{ enterprises: { id: string; name: string }[] }>(
    'POST',
    '/api/v1/me/enterprises',
    { name: maker.name, uscc: maker.uscc },
  )
  const firm = profile.enterprises.find((e) => e.name === maker.name)?.id ?? ''
  await api('PUT', '/api/v1/me/active-identity', { enterpriseId: firm })
  await api('PUT', '/api/v1/policy/profile', {
    ...EMPTY_PROFILE_FORM,
    industryDivision: '54',
    staff: '45',
    revenue: '900',
    foundedOn: monthsAgo(30),
    street: '万青路街道',
    taxCredit: 'B',
    qualifications: 'none',
    insurancePaid: 'yes',
    layoffRate: '0',
  })
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  await enterpriseWithProfile()
  const desk = await openConsole()
  contexts.push(desk.context)
  consolePage = desk.page
})
afterAll(async () => {
  for (const context of contexts) await context.close()
})

/** No table still loading (antd fades it) when a screenshot is taken. */
const settled = () => consolePage.locator('.ant-spin-spinning').waitFor({ state: 'detached' })

/** The console section, signing in with the dev sign-in when the session is not there yet. */
async function openSection(section: string, heading: string) {
  await consolePage.goto(`${baseUrl}/admin/${section}`)
  const signIn = consolePage.getByRole('button', { name: '开发登录（admin-1）' })
  const page = consolePage.getByRole('heading', { name: heading })
  await signIn.or(page).waitFor()
  if (await signIn.isVisible()) await signIn.click()
  await page.waitFor()
}

test('edit a condition, see the dry run, publish: the mini program shows the change', async () => {
  const { page: phone, context } = await openAppAs(DEVICE)
  contexts.push(context)
  await phone.goto(`${baseUrl}/packages/policy/pages/detail/index?id=${RENT}`)
  await visiblePage(phone).getByText('成立不满2年', { exact: true }).waitFor()
  expect(await visiblePage(phone).getByText('✓ 完全符合').count()).toBe(0)

  await openSection('policies', '惠企政策')
  await consolePage.getByLabel('层级').click()
  await consolePage.locator('.ant-select-item-option', { hasText: '青山区' }).click()
  await consolePage
    .getByRole('cell', { name: '企业智惠服务专区“一对一”专员服务', exact: true })
    .waitFor()
  await settled()
  await shot(consolePage, 'admin-policies-list')
  await consolePage.getByRole('button', { name: '编辑 青山区初创企业房租补贴' }).click()
  const age = consolePage.getByRole('group', { name: '条件 2', exact: true })
  await age.getByLabel('条件 2 政策原文').waitFor()
  expect(await age.getByLabel('条件 2 政策原文').inputValue()).toBe('成立不满2年')
  await age.getByLabel('条件 2 取值').fill('36')
  await age.getByLabel('条件 2 政策原文').fill('成立不满3年')

  await consolePage.getByRole('button', { name: '试算（示例企业）' }).click()
  const dry = consolePage.getByLabel('试算结果')
  await dry.getByText(/^示例企业10家：.*新增[1-9]\d*家/).waitFor()
  await dry
    .getByRole('row', { name: /^示例·.*新增符合/ })
    .first()
    .waitFor()
  await settled()
  await shot(consolePage, 'admin-policy-dry-run')

  // antd spaces a two-character label: “发 布”.
  const publish = consolePage.getByRole('button', { name: /^发\s?布$/ })
  await publish.click()
  await consolePage
    .getByRole('tooltip')
    .getByRole('button', { name: /^发\s?布$/ })
    .click()
  await consolePage.getByText('已发布，小程序立即生效').waitFor()
  await consolePage.getByText('第2版生效').waitFor()
  await shot(consolePage, 'admin-policy-published')

  await phone.reload()
  await visiblePage(phone).getByText('成立不满3年', { exact: true }).waitFor()
  await visiblePage(phone).getByText('✓ 完全符合').waitFor()
  await shot(phone, 'admin-policy-phone-after')

  // Back to the seeded wording, as a new version: restoring is one click in the history.
  await consolePage.getByRole('button', { name: '恢复此版本' }).click()
  await consolePage.getByRole('button', { name: '恢复并发布' }).click()
  await consolePage.getByText('已恢复第1版并发布').waitFor()
  await phone.reload()
  await visiblePage(phone).getByText('成立不满2年', { exact: true }).waitFor()
})

test('the 银行产品 page: a product’s rate edited in the console shows in the mini program', async () => {
  await openSection('finance', '银行产品')
  await consolePage.getByRole('row', { name: /小微企业纳税信用贷.*示例.*在架/ }).waitFor()
  await settled()
  await shot(consolePage, 'admin-finance-products')

  await consolePage.getByRole('button', { name: '编辑 小微企业纳税信用贷' }).click()
  const dialog = consolePage.getByRole('dialog')
  const rate = dialog.getByLabel('利率说明')
  const seeded = await rate.inputValue()
  await rate.fill('年化约30%')
  await dialog.getByRole('button', { name: /^保\s?存$/ }).click()
  await dialog.getByText('利率应在0%到24%之间，请核对').waitFor()
  await shot(consolePage, 'admin-finance-product-refused')
  await rate.fill('年化约3.1%–4.3%')
  await dialog.getByRole('button', { name: /^保\s?存$/ }).click()
  await consolePage.getByText('已保存，小程序立即生效').waitFor()

  const { page: phone, context } = await openAppAs(DEVICE)
  contexts.push(context)
  await phone.goto(`${baseUrl}/packages/finance/pages/index/index`)
  await visiblePage(phone).getByText('利率：年化约3.1%–4.3%').waitFor()
  await shot(phone, 'admin-finance-phone-after')

  // Back to the seeded rate, so other suites see the products as seeded.
  await consolePage.getByRole('button', { name: '编辑 小微企业纳税信用贷' }).click()
  await consolePage.getByRole('dialog').getByLabel('利率说明').fill(seeded)
  await consolePage
    .getByRole('dialog')
    .getByRole('button', { name: /^保\s?存$/ })
    .click()
  await consolePage.getByText('已保存，小程序立即生效').last().waitFor()
})
