// 分包异步化 on a bad network: when the downloads of packages/contract and packages/transport
// fail, that call fails like a request that did not reach the server, and the next call
// downloads them again.
import { startBackend } from './support/backend'
import { launchApp, type MiniApp } from './support/mini-app'
import { waitFor } from './support/simulate'

const backend = startBackend()
let app: MiniApp
const CONTRACT = 'packages/contract/index.js'
const TRANSPORT = 'packages/transport/index.js'

beforeAll(() => {
  app = launchApp({ server: backend.server, failedDownloads: 2 })
})

test('failed downloads of the contract and the request layer are tried again by the next call, and the 办事 tab loads', async () => {
  // The launch sign-in's downloads fail: no request leaves the phone.
  await waitFor(
    () => app.wx.answered('login') === 1 && app.wx.callsTo('require.async').length === 2,
  )
  expect(app.wx.callsTo('request')).toEqual([])
  const page = await app.open('pages/services/index')
  try {
    await page.waitForText('新生儿出生一件事', '个人办事事项', '加载更多')
    expect(app.wx.callsTo('require.async')).toEqual([
      [CONTRACT],
      [TRANSPORT],
      [CONTRACT],
      [TRANSPORT],
    ])
    // The session recovers too: a later call signs in again.
    await app.signedIn()
  } finally {
    page.close()
  }
})
