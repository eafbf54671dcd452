// WeChat refuses a setData over 256 KB: the 办事 list must stay under it while 100 items are shown.
import { sampleItems } from './support/catalog'
import { TOKEN } from './support/fixtures'
import { launchApp, type MiniApp } from './support/mini-app'
import { waitFor } from './support/simulate'

const SET_DATA_LIMIT = 256 * 1024
const PAGE_SIZE = 20
const catalog = sampleItems(100)
let app: MiniApp

beforeAll(async () => {
  app = launchApp({ catalog })
  await waitFor(() => app.wx.writes('gov.session').some((state) => state.token === TOKEN))
}, 30000)

test('办事 renders 100 items over 5 pages with every setData under 256 KB', async () => {
  const route = 'pages/services/index'
  const page = await app.open(route)
  try {
    await page.waitForText('共 100 项', `加载更多（已显示 ${PAGE_SIZE} / 100）`)
    for (let shown = PAGE_SIZE; shown < catalog.length; shown += PAGE_SIZE) {
      await page.tap(`加载更多（已显示 ${shown} / 100）`)
      const next = shown + PAGE_SIZE
      const last = catalog[next - 1]?.name ?? ''
      await page.waitForText(last)
      if (next < catalog.length) await page.waitForText(`加载更多（已显示 ${next} / 100）`)
    }
    await waitFor(() => expect(page.text()).not.toContain('加载更多'))

    const pages = app.wx.requests('GET /api/v1/catalog/items').map((r) => r.query.get('page'))
    expect(pages).toEqual(['1', '2', '3', '4', '5'])
    // Every name is on screen, once (no name contains another: “…（样例007）”).
    const text = page.text()
    expect(catalog.filter((item) => text.includes(item.name))).toHaveLength(100)
    expect(text.split('（样例')).toHaveLength(101)
    expect(page.root.querySelectorAll('.item-card')).toHaveLength(100)

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
