// 分包异步化: neither the request layer (axios) nor the contract's schemas (zod) are in the main
// package; the first call downloads both subpackages with require.async, and every later call
// reuses them. A tab's first data load works.
import { startBackend } from './support/backend'
import { launchApp, type MiniApp } from './support/mini-app'

const backend = startBackend()
let app: MiniApp
const CONTRACT = 'packages/contract/index.js'
const TRANSPORT = 'packages/transport/index.js'

beforeAll(async () => {
  app = launchApp({ server: backend.server })
  await app.signedIn()
}, 30000)

test('the launch sign-in downloads packages/contract and packages/transport together, then sends its request', () => {
  const apis = app.wx.calls.map((c) => c.api)
  expect(app.wx.callsTo('require.async')).toEqual([[CONTRACT], [TRANSPORT]])
  expect(apis.lastIndexOf('require.async')).toBeLessThan(apis.indexOf('request'))
  expect(app.wx.requests('POST /api/v1/auth/wechat-login')).toHaveLength(1)
})

test('the 办事 tab loads its first data through the loaded subpackages, without a second download', async () => {
  const page = await app.open('pages/services/index')
  try {
    await page.waitForText('新生儿出生一件事', '个人办事事项', '加载更多')
    expect(app.wx.requests('GET /api/v1/catalog/items')).toHaveLength(1)
    expect(app.wx.callsTo('require.async')).toEqual([[CONTRACT], [TRANSPORT]])
  } finally {
    page.close()
  }
})
