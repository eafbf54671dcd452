// After submitting a case, the detail page offers 办件进度 WeChat notifications: one tap asks
// WeChat (a declined one can be asked again), and only what was accepted reaches the server.
import type { CaseDetail } from '../../src/services/contract'
import { PEOPLE } from '../mock/helpers'
import { caseFormOf, CLINIC, completeApplication } from '../mock/cases/support'
import { LOGIN_CODE, startBackend } from './support/backend'
import { launchApp, type MiniApp } from './support/mini-app'
import { waitFor } from './support/simulate'

const backend = startBackend({
  messageTemplates: { progress: 'tpl-progress', reply: 'tpl-reply', longTerm: false },
})
const answers: Record<string, 'accept' | 'reject'> = { 'tpl-progress': 'reject' }
let app: MiniApp
let filed: CaseDetail

beforeAll(async () => {
  const user = await backend.signIn(LOGIN_CODE)
  await user.verify(PEOPLE.doctor)
  const form = await caseFormOf(backend.server, user.token)
  filed = await user.call<CaseDetail>('POST', '/api/v1/cases', {
    source: CLINIC,
    ...(await completeApplication(backend.server, user.token, form)),
  })
  app = launchApp({ server: backend.server, subscribe: answers })
  await app.signedIn()
}, 30000)

test('declined, it can be asked again; accepted, the server hears of the progress template only', async () => {
  const page = await app.open('packages/cases/pages/detail/index', { id: filed.id, submitted: '1' })
  try {
    await page.waitForText('办件有进度时通知我', '订阅微信通知')
    await page.tap('订阅微信通知')
    await page.waitForText('未订阅，可再次订阅')
    expect(app.wx.requests('POST /api/v1/messages/subscription')).toEqual([])

    answers['tpl-progress'] = 'accept'
    await page.tap('未订阅，可再次订阅')
    await page.waitForText('已订阅，有进展会通知您。')
    expect(
      app.wx.callsTo('requestSubscribeMessage').map(([o]) => (o as { tmplIds: string[] }).tmplIds),
    ).toEqual([['tpl-progress'], ['tpl-progress']])
    await waitFor(() =>
      expect(app.wx.requests('POST /api/v1/messages/subscription').map((r) => r.body)).toEqual([
        { accepted: ['tpl-progress'] },
      ]),
    )
  } finally {
    page.close()
  }
})

test('opened without having just submitted, the page asks nothing', async () => {
  const page = await app.open('packages/cases/pages/detail/index', { id: filed.id })
  try {
    await page.waitForText(filed.number)
    expect(page.text()).not.toContain('订阅微信通知')
  } finally {
    page.close()
  }
})
