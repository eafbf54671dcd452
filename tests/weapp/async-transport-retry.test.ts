// 分包异步化 on a bad network: when the packages/transport download fails, that call fails like
// a request that did not reach the server, and the next call downloads it again.
import { startBackend } from './support/backend'
import { launchApp, type MiniApp } from './support/mini-app'
import { waitFor } from './support/simulate'

const backend = startBackend()
let app: MiniApp

beforeAll(() => {
  app = launchApp({ server: backend.server, failedDownloads: 1 })
})

test('a failed download of the request layer is tried again by the next call, and the 办事 tab loads', async () => {
  // The launch sign-in's download fails: no request leaves the phone.
  await waitFor(
    () => app.wx.answered('login') === 1 && app.wx.callsTo('require.async').length === 1,
  )
  const page = await app.open('pages/services/index')
  try {
    await page.waitForText('新生儿出生一件事', '个人办事事项', '加载更多')
    expect(app.wx.callsTo('require.async')).toEqual([
      ['packages/transport/index.js'],
      ['packages/transport/index.js'],
    ])
    // The session recovers too: a later call signs in again.
    await app.signedIn()
  } finally {
    page.close()
  }
})
