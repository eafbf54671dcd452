// WeChat set to a large font (≥ 20px): 长辈模式 follows the system until the user chooses.
import { centerPoint } from './support/fixtures'
import { startBackend } from './support/backend'
import { launchApp, type MiniApp } from './support/mini-app'
import { textOf, waitFor } from './support/simulate'

const backend = startBackend()
let app: MiniApp

beforeAll(async () => {
  app = launchApp({ server: backend.server, fontSizeSetting: 20 })
  await app.signedIn()
}, 30000)

test('the home page starts in 长辈模式 because the WeChat font is large', async () => {
  const page = await app.open('pages/index/index')
  await page.waitForText('长辈模式', '大字大按钮，点此关闭')
  expect(textOf(page.byClass('elder-toggle'))).toContain('已开启')
  expect(page.root.querySelector('.gov-elder')).toBeDefined()
  expect(app.wx.callsTo('getAppBaseInfo').length).toBeGreaterThan(0)
  page.close()
})

test('the 长辈模式 home rings the 帮办代办 window in one tap and shows at most six tiles', async () => {
  const page = await app.open('pages/index/index')
  await page.waitForText('帮办代办窗口', `电话 ${centerPoint.phone}`)
  expect(
    page.root.querySelectorAll('.home-entries--large .home-entries__tile').length,
  ).toBeLessThanOrEqual(6)
  await page.tap('打电话给帮办员')
  await waitFor(() =>
    expect(app.wx.callsTo('makePhoneCall').at(-1)).toEqual([
      expect.objectContaining({ phoneNumber: centerPoint.phone }),
    ]),
  )
  page.close()
})

test('settings explains that 跟随系统 means 长辈模式 here, and 关闭 overrides it', async () => {
  const page = await app.open('packages/account/pages/settings/index')
  await page.waitForText('跟随系统（已选）', '现在：长辈模式', '微信字体已调大，当前为长辈模式')
  await page.tap('关闭')
  await page.waitForText('关闭（已选）', '现在：标准模式')
  await waitFor(() => expect(page.root.querySelector('.gov-elder')).toBeUndefined())
  expect(app.wx.writes('gov.preferences').at(-1)).toEqual({ elderChoice: 'off' })
  page.close()
})
