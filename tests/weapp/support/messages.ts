// 消息: the user's inbox on the real server; what it holds depends on the pages before it (a
// 补正 asked on the user's case…), so the spec reads it first and taps the newest message.
import type { MessagePage } from '../../../src/services/contract'
import type { ApiClient } from './backend'
import { urlsOf, type PageSpec } from './mini-app'
import { waitFor } from './simulate'

export function messagesSpecs(user: () => ApiClient): Record<string, PageSpec> {
  let held: MessagePage = { items: [], nextCursor: null, unread: 0 }
  return {
    'packages/messages/pages/inbox/index': {
      async before() {
        held = await user().call<MessagePage>('GET', '/api/v1/messages')
      },
      shows: () => (held.items[0] ? [held.items[0].title, held.items[0].body] : ['还没有消息。']),
      async interact(page, app) {
        const newest = held.items[0]
        if (!newest) return
        await page.tap(newest.title)
        await waitFor(() => expect(urlsOf(app).at(-1)).toBe(newest.route))
        if (!newest.read)
          expect(app.wx.requests(`POST /api/v1/messages/${newest.id}/read`)).toHaveLength(1)
      },
    },
  }
}
