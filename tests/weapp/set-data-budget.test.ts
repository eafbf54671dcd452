// WeChat refuses a setData over 256 KB: the 办事 list must stay under it while 100 items are shown.
import type { ItemPage, ItemSummary } from '../../src/services/contract'
import { startBackend } from './support/backend'
import { launchApp, type MiniApp } from './support/mini-app'

const SET_DATA_LIMIT = 256 * 1024
const PAGE_SIZE = 20
const SHOWN = 100
const backend = startBackend()
let app: MiniApp
/** The first 100 personal items, in the server's order. */
let first: ItemSummary[]
let total: number

beforeAll(async () => {
  const user = await backend.signIn()
  // Two pages of 50 (the server's largest page) are the app's first five pages of 20.
  const pages = await Promise.all(
    [1, 2].map((n) =>
      user.call<ItemPage>('GET', `/api/v1/catalog/items?audience=personal&page=${n}&pageSize=50`),
    ),
  )
  first = pages.flatMap((p) => p.items)
  total = pages[0]?.total ?? 0
  app = launchApp({ server: backend.server })
  await app.signedIn()
}, 30000)

test('办事 renders 100 items over 5 pages with every setData under 256 KB', async () => {
  const route = 'pages/services/index'
  const page = await app.open(route)
  try {
    expect(first).toHaveLength(SHOWN)
    await page.waitForText(`共 ${total} 项`, `加载更多（已显示 ${PAGE_SIZE} / ${total}）`)
    for (let shown = PAGE_SIZE; shown < SHOWN; shown += PAGE_SIZE) {
      await page.tap(`加载更多（已显示 ${shown} / ${total}）`)
      const next = shown + PAGE_SIZE
      await page.waitForText(first[next - 1]?.name ?? '', `加载更多（已显示 ${next} / ${total}）`)
    }

    const pages = app.wx.requests('GET /api/v1/catalog/items').map((r) => r.query.get('page'))
    expect(pages).toEqual(['1', '2', '3', '4', '5'])
    // Every item the server listed is on screen, as one card each.
    const text = page.text()
    expect(first.filter((item) => text.includes(item.name))).toHaveLength(SHOWN)
    expect(page.root.querySelectorAll('.item-card')).toHaveLength(SHOWN)

    const sizes = app.setData.filter((r) => r.route === route).map((r) => r.bytes)
    expect(sizes.length).toBeGreaterThanOrEqual(6) // first render, first page, and 4 appends at least
    const largest = Math.max(...sizes)
    console.log(
      `办事 setData: ${sizes.length} calls, largest ${largest} bytes (${(largest / 1024).toFixed(1)} KB of 256 KB)`,
    )
    expect(largest).toBeLessThanOrEqual(SET_DATA_LIMIT)
  } finally {
    page.close()
  }
})
