import { idNumberCheckChar, usccCheckChar } from '../../src/services/contract'
import { appPerFile } from './support/browser'
import { fill, inputValue, screenshot, visiblePage } from './support/actions'
import { verifyInApp } from './support/identity'

const idBody = '15020419560308123'
const validId = idBody + idNumberCheckChar(idBody)
const wrongId = idBody + (validId.endsWith('1') ? '2' : '1')
const usccBody = '91150204MA0N2Q3K7'
const uscc = usccBody + usccCheckChar(usccBody)

const app = appPerFile({ agreePrivacy: true })

test('a wrong ID check digit is explained, and what was typed survives a reload', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/account/pages/identity/index`)
  await fill(page, '姓名', '张三')
  await fill(page, '居民身份证号', wrongId)
  await page.getByRole('button', { name: '获取验证码' }).click()
  await page.getByText(/最后一位校验码不正确/).waitFor()

  await page.reload()
  await page
    .getByText(/已恢复您.*未提交的填写内容/)
    .first()
    .waitFor()
  expect(await inputValue(page, '姓名')).toBe('张三')
  expect(await inputValue(page, '居民身份证号')).toBe(wrongId)
})

test('a name not in the 人口库 is refused in words; the real one is verified and 我的 shows it masked', async () => {
  const { page, baseUrl } = app
  await fill(page, '姓名', '张四')
  await fill(page, '居民身份证号', validId)
  await page.getByRole('button', { name: '获取验证码' }).click()
  await page.getByText(/人口库中没有与该姓名和身份证号一致的记录/).waitFor()
  await verifyInApp(page, baseUrl, { name: '张三', idNumber: validId })
  await screenshot(page, 'identity-normal')

  await page.goto(`${baseUrl}/pages/mine/index`)
  const mine = visiblePage(page)
  await mine.getByText('张*').waitFor()
  await expect(mine.textContent()).resolves.toContain(`1502**********${validId.slice(-4)}`)
  await expect(mine.textContent()).resolves.not.toContain(validId)
})

test('an enterprise is added once and the user can act as 法人', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/account/pages/identity/index`)
  await fill(page, '企业名称', '包头市青山区示例科技有限公司')
  await fill(page, '统一社会信用代码', `${usccBody}Y`)
  await page.getByRole('button', { name: '添加企业' }).click()
  await page.getByText(/统一社会信用代码最后一位校验码不正确/).waitFor()

  await fill(page, '统一社会信用代码', uscc.toLowerCase())
  await page.getByRole('button', { name: '添加企业' }).click()
  await page.getByText('企业已添加，可在上方切换为法人身份').waitFor()

  await page.getByRole('radio', { name: /法人 · 包头市青山区示例科技有限公司/ }).click()
  // The switch waits for the server before marking the choice.
  await page
    .locator('[role="radio"][aria-checked="true"]', {
      hasText: '法人 · 包头市青山区示例科技有限公司',
    })
    .waitFor()

  await page.goto(`${baseUrl}/pages/mine/index`)
  const mine = visiblePage(page)
  await mine.getByText('法人', { exact: true }).waitFor()
  await expect(mine.textContent()).resolves.toContain(
    `统一社会信用代码 9115**********${uscc.slice(-4)}`,
  )
})
