import type { Locator, Page } from 'playwright-core'
import { idNumberCheckChar } from '../../src/services/contract'
import { HOLDERS } from '../../mock/modules/ecert/seed'
import { appPerFile, openAppAs } from './support/browser'
import { fill, inputValue, screenshot as capture, visiblePage } from './support/actions'
import { verifyInApp } from './support/identity'
import { auditPage, ELDER_LIMITS, violations } from './support/audit'
import { blurredPageJpeg, onePagePdf, pagePng } from './support/files'

const app = appPerFile({ agreePrivacy: true })

const BUNDLE_PAGE = '/packages/catalog/pages/bundle/index?id=bundle-clinic-filing'
/** A seeded holder of the 电子证照库: 居民身份证, 医师执业证书 and 不动产权证书, no nurse licence. */
const DOCTOR = HOLDERS.doctor
const ID_BODY = DOCTOR.idNumber.slice(0, 17)
const WRONG_ID = ID_BODY + (idNumberCheckChar(ID_BODY) === '1' ? '2' : '1')
const HELPER_DEVICES: Record<string, string> = { 李帮办: 'helper-1', 赵帮办: 'helper-2' }
/** Prefilled from 实名 and the 医师执业证书. */
const PREFILLED: Record<string, string> = {
  申请人姓名: DOCTOR.name,
  // Shown masked: the server fills in the proven number.
  公民身份号码: '1502**********3156',
  执业证书编码: '110150204003152',
}
/** The first half of the form, typed by the user. */
const TYPED: Record<string, string> = {
  联系电话: '13812345678',
  执业范围: '全科医学专业、内科专业',
  诊所名称: '包头市青山区志强全科诊所',
}
const REST: Record<string, string> = {
  '执业地点（诊所地址）': '包头市青山区幸福路街道富强路12号底商1-101',
  诊疗科目: '全科医疗科',
  诊所主要负责人: DOCTOR.name,
  '经营（执业）场所面积（平方米）': '85.6',
}
const ID_LICENCE = '居民身份证 1502**********3156'
const DOCTOR_LICENCE = '医师执业证书 1101****3152'

let caseNumber = ''

/** After H5's page slide has finished, so the picture shows the page rather than half of it. */
async function screenshot(page: Page, name: string) {
  await page.waitForTimeout(500)
  await capture(page, name)
}
let helperDevice = ''

async function chooseFiles(
  page: Page,
  card: Locator,
  button: string,
  files: { name: string; mimeType: string; buffer: Buffer }[],
) {
  const chooser = page.waitForEvent('filechooser')
  await card.getByRole('button', { name: button }).click()
  await (await chooser).setFiles(files)
}

const photo = (name: string, variant = 0) => ({
  name,
  mimeType: 'image/png',
  buffer: pagePng(1000, 1414, variant),
})

async function helperCase(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/pages/mine/index`)
  await page.getByRole('button', { name: /帮办工作台/ }).click()
  await visiblePage(page).getByText(new RegExp(caseNumber)).click()
  return visiblePage(page)
}

test('实名 as a licence holder: 我的电子证照 lists the licences, numbers masked', async () => {
  const { page, baseUrl } = app
  await verifyInApp(page, baseUrl, DOCTOR)

  await page.goto(`${baseUrl}/pages/mine/index`)
  await page.getByRole('button', { name: /我的电子证照/ }).click()
  const wallet = visiblePage(page)
  await wallet.getByText('个人证照').waitFor()
  const card = (name: string) => wallet.getByLabel(name, { exact: true })
  await card('居民身份证').getByText('证照号码 1502**********3156').waitFor()
  await expect(card('居民身份证').textContent()).resolves.toContain('有效期至2036年5月20日')
  await expect(card('医师执业证书').textContent()).resolves.toMatch(
    /证照号码 1101\*{4}3152.*持证人：王\*\*.*发证机关：包头市青山区卫生健康委员会（2019年8月20日 周二签发）.*长期有效.*执业类别：临床/,
  )
  await card('不动产权证书').waitFor()
  await expect(page.locator('body').textContent()).resolves.not.toContain(DOCTOR.idNumber)
  await screenshot(page, 'ecert-wallet')
})

test('一键代办 from 诊所备案一件事: prefilled, half filled, reloaded, 材料体检, submitted', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}${BUNDLE_PAGE}`)
  await visiblePage(page)
    .getByRole('button', { name: /一键代办/ })
    .click()
  const view = visiblePage(page)
  await view.getByText('填写信息（共11项）').waitFor()
  await view
    .getByText(
      /一次提交，同时办理：医师执业注册（变更执业地点）、护士执业注册（变更注册）、诊所备案/,
    )
    .waitFor()
  for (const [label, value] of Object.entries(PREFILLED)) {
    await expect(inputValue(page, label)).resolves.toBe(value)
  }
  // 执业类别 is a choice: the licence's 临床 arrives chosen.
  await expect(
    view
      .getByRole('radiogroup', { name: '执业类别' })
      .getByRole('radio', { name: /临床/ })
      .getAttribute('aria-checked'),
  ).resolves.toBe('true')
  await view
    .getByText(/已从医师执业证书预填/)
    .first()
    .waitFor()

  // Half the form, one value over a prefilled one, and an ID number with a wrong check digit.
  for (const [label, value] of Object.entries(TYPED)) await fill(page, label, value)
  await fill(page, '公民身份号码', WRONG_ID)
  await view.getByRole('button', { name: '提交，交给帮办员' }).click()
  await view.getByText('材料体检未通过，请按上方标出的问题逐项处理后再提交').waitFor()
  await view
    .getByText(/校验码/)
    .first()
    .waitFor()
  await expect(view.getByLabel('材料体检').textContent()).resolves.toMatch(/还有\d+项需要处理/)

  // WeChat may kill the app: the draft comes back, and prefill never overwrites what was typed.
  await page.reload()
  const resumed = visiblePage(page)
  await resumed.getByText(/已恢复您 .* 未提交的填写内容/).waitFor()
  for (const [label, value] of Object.entries(TYPED)) {
    await expect(inputValue(page, label)).resolves.toBe(value)
  }
  await expect(inputValue(page, '公民身份号码')).resolves.toBe(WRONG_ID)
  await fill(page, '公民身份号码', DOCTOR.idNumber)
  for (const [label, value] of Object.entries(REST)) await fill(page, label, value)

  const card = (name: string) => resumed.getByLabel(name, { exact: true })
  await chooseFiles(page, card('近期免冠证件照片'), '拍照或选照片', [
    { name: 'not-a-photo.png', mimeType: 'image/png', buffer: Buffer.from('MZ this is a program') },
  ])
  await card('近期免冠证件照片')
    .getByText('✗ 只能上传 JPG、PNG 照片或 PDF 文件，请重新拍照或另存为 PDF 后上传')
    .waitFor()
  await chooseFiles(page, card('近期免冠证件照片'), '拍照或选照片', [
    { name: '模糊照片.jpg', mimeType: 'image/jpeg', buffer: blurredPageJpeg() },
  ])
  // Marked ✗ beside its name, as the check below says: never ✓ above a ✗.
  await card('近期免冠证件照片')
    .getByText(/✗ 模糊照片\.jpg/)
    .waitFor()
  await resumed.getByRole('button', { name: '材料体检' }).click()
  await card('近期免冠证件照片')
    .getByText('✗ “模糊照片.jpg”照片模糊，请在光线充足处对准材料重新拍摄')
    .waitFor()
  await expect(resumed.getByLabel('材料体检').textContent()).resolves.toMatch(/还有\d+项需要处理/)
  await screenshot(page, 'cases-apply-blurred')
  await card('近期免冠证件照片').getByRole('button', { name: '删除模糊照片.jpg' }).click()
  await chooseFiles(page, card('近期免冠证件照片'), '拍照或选照片', [
    { name: '小照片.png', mimeType: 'image/png', buffer: pagePng(300, 400, 99) },
  ])
  await card('近期免冠证件照片')
    .getByText(/✓ 小照片\.png/)
    .waitFor()
  await card('近期免冠证件照片')
    .getByText(/照片分辨率过低，可能看不清/)
    .waitFor()
  await card('近期免冠证件照片').getByRole('button', { name: '删除小照片.png' }).click()

  // 免证办 with the wallet's licences; none for the nurse licence, so it is uploaded.
  for (const licence of [ID_LICENCE, DOCTOR_LICENCE]) {
    const name = licence.split(' ')[0] ?? ''
    await card(name)
      .getByRole('button', { name: `使用电子证照：${licence}` })
      .click()
    await card(name).getByText(`✓ 使用电子证照：${licence}，无需上传`).waitFor()
  }
  await card('护士执业证书')
    .getByText('“我的电子证照”中没有您的护士执业证书，请点“拍照或选照片”或“选择PDF文件”上传')
    .waitFor()
  await chooseFiles(page, card('诊所规章制度'), '选择PDF文件', [
    { name: '诊所规章制度.pdf', mimeType: 'application/pdf', buffer: onePagePdf('rules') },
  ])
  await card('诊所规章制度')
    .getByText(/✓ 诊所规章制度\.pdf/)
    .waitFor()
  const required = [
    '护士执业证书',
    '医师变更执业注册申请审核表',
    '医师资格证书',
    '近期免冠证件照片',
    '护士变更注册申请审核表',
    '诊所备案信息表',
    '场地使用证明',
    '诊所平面布局图',
    '卫生技术人员名录',
    '设备清单',
    '医疗废物集中处置协议',
  ]
  for (const [i, name] of required.entries()) {
    await chooseFiles(page, card(name), '拍照或选照片', [photo(`${name}.png`, i + 1)])
    await card(name)
      .getByText(new RegExp(`✓ ${name}\\.png`))
      .waitFor()
  }
  await resumed.getByRole('button', { name: '材料体检' }).click()
  await resumed.getByLabel('材料体检').getByText('材料齐全，可以提交').waitFor()
  await expect(resumed.getByLabel('材料体检').textContent()).resolves.toContain('100分')
  await screenshot(page, 'cases-apply-ready')

  await resumed.getByRole('button', { name: '提交，交给帮办员' }).click()
  const detail = visiblePage(page)
  const notice = detail.getByText(/已提交，办件编号 QS\d{12}/)
  await notice.waitFor()
  caseNumber = ((await notice.textContent()) ?? '').match(/QS\d{12}/)?.[0] ?? ''
  const facts = detail.getByLabel('办件概况')
  await expect(facts.textContent()).resolves.toMatch(/待受理.*受理后1个工作日内办结/)
  const helperName = ((await facts.textContent()) ?? '').match(/帮办员：(\S{3})（/)?.[1] ?? ''
  helperDevice = HELPER_DEVICES[helperName] ?? ''
  expect(helperDevice).not.toBe('')
  await expect(detail.getByLabel('申请信息').textContent()).resolves.toContain(
    '联系电话：138****5678',
  )
  const materials = detail.getByLabel('提交的材料')
  await expect(materials.textContent()).resolves.toContain(
    '居民身份证：电子证照 1502**********3156（包头市公安局青山区分局）',
  )
  await expect(materials.textContent()).resolves.toContain(
    '医师执业证书：电子证照 1101****3152（包头市青山区卫生健康委员会）',
  )
  await screenshot(page, 'cases-detail-submitted')
}, 180_000)

test('the 帮办员 lists everything to fix at once (补正)', async () => {
  const helper = await openAppAs(helperDevice)
  try {
    const view = await helperCase(helper.page, helper.baseUrl)
    await view.getByRole('button', { name: '要求补正' }).click()
    const list = view.getByLabel('补正清单')
    await list.getByRole('checkbox', { name: /近期免冠证件照片/ }).click()
    await fill(helper.page, '近期免冠证件照片的补正原因', '照片背景不是白色，请重新拍摄')
    await list.getByRole('checkbox', { name: /联系电话/ }).click()
    await fill(helper.page, '联系电话的补正原因', '电话无法接通，请核对')
    await list.getByRole('button', { name: '一次性告知补正（2项）' }).click()
    await view.getByText('一次性告知补正2项：近期免冠证件照片、联系电话').waitFor()
    await expect(view.getByLabel('办件概况').textContent()).resolves.toContain('待补正')
    await screenshot(helper.page, 'cases-staff-correction')
  } finally {
    await helper.context.close()
  }
})

test('the applicant fixes exactly what was listed and sends it back', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/pages/mine/index`)
  await page.getByRole('button', { name: /我的办件/ }).click()
  await visiblePage(page).getByText(new RegExp(caseNumber)).click()
  const detail = visiblePage(page)
  const corrections = detail.getByLabel('补正清单')
  await corrections.getByText('• 近期免冠证件照片：照片背景不是白色，请重新拍摄').waitFor()
  await corrections.getByRole('button', { name: '去补正' }).click()

  const fix = visiblePage(page)
  await fix.getByText('补正原因：电话无法接通，请核对').waitFor()
  await expect(fix.getByText('上传材料（共1项）').count()).resolves.toBe(1)
  await fill(page, '联系电话', '13812345678')
  const card = fix.getByLabel('近期免冠证件照片', { exact: true })
  await chooseFiles(page, card, '拍照或选照片', [photo('白底照片.png', 200)])
  await card.getByText(/✓ 白底照片\.png/).waitFor()
  await fix.getByRole('button', { name: '提交补正' }).click()
  await fix.getByText('还有1项补正内容没有修改，请按补正清单逐项修改后再提交').waitFor()
  await fill(page, '联系电话', '13987654321')
  await fix.getByRole('button', { name: '提交补正' }).click()

  const back = visiblePage(page)
  await back.getByText('已按补正清单修改2项并重新提交').waitFor()
  await expect(back.getByLabel('申请信息').textContent()).resolves.toContain(
    '联系电话：139****4321',
  )
  await expect(back.getByLabel('办件概况').textContent()).resolves.toContain('待受理')
})

test('受理 starts the clock; 办结 stops it and the applicant reads the result', async () => {
  const helper = await openAppAs(helperDevice)
  try {
    const view = await helperCase(helper.page, helper.baseUrl)
    await view.getByRole('button', { name: '受理（开始计时）' }).click()
    await view.getByText(/剩余1个工作日（不含今天），最迟\d+月\d+日 周.办结/).waitFor()
    await view.getByRole('button', { name: '办结' }).click()
    await fill(helper.page, '办理结果', '已核发诊所备案凭证，请到24号窗口领取')
    await view.getByRole('button', { name: '确认办结' }).click()
    await view.getByText(/按时办结（最迟(\d{4}年)?\d+月\d+日 周.）/).waitFor()
  } finally {
    await helper.context.close()
  }
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/cases/pages/list/index`)
  await visiblePage(page).getByText(new RegExp(caseNumber)).click()
  const detail = visiblePage(page)
  await detail.getByText('办理结果：已核发诊所备案凭证，请到24号窗口领取').waitFor()
  await expect(detail.getByLabel('办理进度').textContent()).resolves.toMatch(
    /提交申请.*分派帮办员.*一次性告知补正.*补正后重新提交.*受理.*办结/,
  )
  await screenshot(page, 'cases-detail-finished')
})

test('好差评: the applicant rates the finished case 满意', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/cases/pages/list/index`)
  await visiblePage(page).getByText(new RegExp(caseNumber)).click()
  const rating = visiblePage(page).getByLabel('好差评')
  await rating.getByRole('radio', { name: /^满意/ }).click()
  await fill(page, '想说的话（选填）', '帮办员一次讲清楚，电子证照免交很方便')
  await rating.getByRole('button', { name: '提交评价' }).click()
  await rating.getByText('您的评价：满意（帮办员一次讲清楚，电子证照免交很方便）').waitFor()
  await expect(rating.textContent()).resolves.not.toContain('回访')
  await expect(visiblePage(page).getByLabel('办理进度').textContent()).resolves.toMatch(/评价/)
  await screenshot(page, 'cases-rating')
})

test('投诉建议 from the case arrives with the case filled in', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/cases/pages/list/index`)
  await visiblePage(page).getByText(new RegExp(caseNumber)).click()
  await visiblePage(page).getByRole('button', { name: '对本办件有意见？投诉或建议' }).click()
  const view = visiblePage(page)
  await view.getByText(`关于办件：${caseNumber}（诊所备案一件事）`).waitFor()
  await view.getByRole('radio', { name: /^建议/ }).click()
  await page
    .locator('taro-textarea-core[aria-label="建议内容"] textarea')
    .fill('建议在受理前就把诊所备案的场地要求一次性告知')
  await view.getByRole('button', { name: '提交建议' }).click()
  await view
    .getByText(/已收到您的建议，受理编号 TS\d{12}，最迟(\d{4}年)?\d+月\d+日 周.答复。/)
    .waitFor()
  await view
    .getByLabel('我的投诉建议')
    .getByText(`关于办件 ${caseNumber}（诊所备案一件事）`)
    .waitFor()
  await screenshot(page, 'cases-complaint')
})

test('长辈模式: the form, the detail, 投诉建议 and the wallet are big enough everywhere', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  await page.goto(`${baseUrl}/packages/cases/pages/apply/index?kind=item&id=health-clinic-filing`)
  // One question per screen, with where it is and a way back; the position survives a reload.
  const apply = visiblePage(page)
  const first = apply.getByText(/^第1题，共\d+题$/)
  await first.waitFor()
  const total = Number(/共(\d+)题/.exec(await first.innerText())?.[1])
  expect(total).toBeGreaterThan(3)
  await expect(apply.locator('input').count()).resolves.toBe(1)
  const firstLabel = (await apply.locator('.gov-field__label').first().innerText()).trim()
  await apply.getByRole('button', { name: '下一题' }).click()
  await apply.getByText(`第2题，共${total}题`).waitFor()
  await apply.getByRole('button', { name: `上一题：填写${firstLabel}` }).waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'cases-apply-elder')
  await page.reload()
  await visiblePage(page).getByText(`第2题，共${total}题`).waitFor()
  await page.goto(`${baseUrl}/packages/cases/pages/list/index`)
  await visiblePage(page).getByText(new RegExp(caseNumber)).click()
  await visiblePage(page).getByLabel('办理进度').waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'cases-detail-elder')
  await page.goto(`${baseUrl}/packages/cases/pages/complaint/index`)
  await visiblePage(page).getByLabel('我的投诉建议').waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'cases-complaint-elder')
  await page.goto(`${baseUrl}/packages/ecert/pages/wallet/index`)
  await visiblePage(page).getByText('证照号码 1101****3152').waitFor()
  expect(violations(await auditPage(page), ELDER_LIMITS)).toEqual([])
  await screenshot(page, 'ecert-wallet-elder')
})
