import { idNumberCheckChar, usccCheckChar } from '../../src/services/contract'
import { appPerFile, openAppAs } from './support/browser'
import { fill, inputValue, screenshot, visiblePage } from './support/actions'
import { PEOPLE, verifyInApp } from './support/identity'

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

test('the 法定代表人 authorises a 经办人 by code; the 经办人 acts for the firm until it is revoked', async () => {
  const { page, baseUrl } = app
  await page.goto(`${baseUrl}/packages/account/pages/identity/index`)
  await page.getByRole('button', { name: /管理经办人 · 包头市青山区示例科技有限公司/ }).click()
  const desk = visiblePage(page)
  await desk.getByText('还没有授权过经办人。').waitFor()
  await fill(page, '经办人姓名', PEOPLE.ma.name)
  await fill(page, '经办人身份证号', PEOPLE.ma.idNumber)
  await desk.getByRole('radio', { name: /^政策匹配、预审与订阅/ }).click()
  await desk.getByRole('radio', { name: /^30天/ }).click()
  await desk.getByRole('button', { name: '生成授权码' }).click()
  const codeLine = desk.getByText(/^授权码 \d{8}/)
  const code = /\d{8}/.exec((await codeLine.textContent()) ?? '')?.[0] ?? ''
  await screenshot(page, 'identity-agent-grant')

  const agent = await openAppAs('e2e-agent-ma')
  try {
    await verifyInApp(agent.page, agent.baseUrl, PEOPLE.ma)
    // Not the registered 法定代表人: binding the firm directly is refused in words.
    await fill(agent.page, '企业名称', '包头市青山区示例科技有限公司')
    await fill(agent.page, '统一社会信用代码', uscc)
    await agent.page.getByRole('button', { name: '添加企业' }).click()
    await agent.page.getByText(/您不是该企业登记的法定代表人/).waitFor()
    await fill(agent.page, '授权码', code)
    await agent.page.getByRole('button', { name: '确认授权码' }).click()
    await agent.page.getByText('已绑定企业，可在上方切换为该企业身份办理授权的事项').waitFor()
    await agent.page
      .getByRole('radio', {
        name: /法人 · 包头市青山区示例科技有限公司.*经办人（政策匹配、预审与订阅）/,
      })
      .waitFor()

    await desk
      .getByText('经办人确认绑定')
      .waitFor({ timeout: 1000 })
      .catch(() => page.reload())
    await visiblePage(page)
      .getByText(/马\* 经办人确认绑定/)
      .waitFor()
    await visiblePage(page).getByRole('button', { name: '撤销授权' }).click()
    await visiblePage(page)
      .getByText(/已撤销/)
      .first()
      .waitFor()

    await agent.page.reload()
    await visiblePage(agent.page).getByText('当前办事身份').waitFor()
    await expect(visiblePage(agent.page).textContent()).resolves.not.toContain(
      '法人 · 包头市青山区示例科技有限公司',
    )
  } finally {
    await agent.context.close()
  }
})
