// 分包异步化: the request layer (axios) is not in the main package; the first call downloads its
// subpackage with require.async, and every later call reuses it. A tab's first data load works.
import { startBackend } from './support/backend'
import { launchApp, type MiniApp } from './support/mini-app'

const backend = startBackend()
let app: MiniApp
const TRANSPORT = 'packages/transport/index.js'

beforeAll(async () => {
  app = launchApp({ server: backend.server })
  await app.signedIn()
}, 30000)

test('the launch sign-in downloads packages/transport first, then sends its request', () => {
  const apis = app.wx.calls.map((c) => c.api)
  expect(app.wx.callsTo('require.async')).toEqual([[TRANSPORT]])
  expect(apis.indexOf('require.async')).toBeLessThan(apis.indexOf('request'))
  expect(app.wx.requests('POST /api/v1/auth/wechat-login')).toHaveLength(1)
})

test('the 办事 tab loads its first data through the loaded request layer, without a second download', async () => {
  const page = await app.open('pages/services/index')
  try {
    await page.waitForText('新生儿出生一件事', '个人办事事项', '加载更多')
    expect(app.wx.requests('GET /api/v1/catalog/items')).toHaveLength(1)
    expect(app.wx.callsTo('require.async')).toEqual([[TRANSPORT]])
  } finally {
    page.close()
  }
})
