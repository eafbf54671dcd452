// The native privacy-consent card inside the Taro home page: agreeing reaches the server and the privacy page.
import { PRIVACY_POLICY_VERSION } from '../../src/services/contract'
import { formatDayTime } from '../../src/services/contract'
import { startBackend } from './support/backend'
import { launchApp, type MiniApp } from './support/mini-app'
import { headerValue, waitFor } from './support/simulate'

const backend = startBackend()
let app: MiniApp
let token: string

beforeAll(async () => {
  app = launchApp({ server: backend.server })
  token = await app.signedIn()
}, 30000)

test('agreeing in the home page’s card records the consent with the server and hides the card', async () => {
  const home = await app.open('pages/index/index')
  await home.waitForText('隐私保护提示', '同意并继续')
  await waitFor(() => app.wx.answered('getPrivacySetting') === 1)
  const agree = home.byText('隐私保护提示').querySelector('#agree')
  if (!agree) throw new Error('the privacy-consent card has no #agree button')
  agree.dispatchEvent('agreeprivacyauthorization')

  await waitFor(() => expect(app.wx.requests('POST /api/v1/privacy/consents')).toHaveLength(1))
  const [post] = app.wx.requests('POST /api/v1/privacy/consents')
  expect(post?.body).toEqual({ version: PRIVACY_POLICY_VERSION, channel: 'weapp' })
  expect(headerValue(post?.header ?? {}, 'Authorization')).toBe(`Bearer ${token}`)
  expect(headerValue(post?.header ?? {}, 'Idempotency-Key')).toMatch(/^[0-9a-f]{32}$/)
  await waitFor(() => expect(home.text()).not.toContain('隐私保护提示'))
  await waitFor(() =>
    expect(app.wx.writes('gov.consent').at(-1)).toMatchObject({
      agreedVersion: PRIVACY_POLICY_VERSION,
      unsynced: false,
    }),
  )
  home.close()
})

test('the privacy page then says when the user agreed', async () => {
  const agreedAt = String(app.wx.writes('gov.consent').at(-1)?.agreedAt)
  const page = await app.open('packages/account/pages/privacy/index')
  await page.waitForText(`您已于 ${formatDayTime(agreedAt)} 同意本版本`)
  expect(page.text()).not.toContain('您尚未同意本版本')
  page.close()
})
