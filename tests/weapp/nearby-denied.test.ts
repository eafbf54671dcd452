// 就近办 when the user refused 位置信息: no coordinates are sent, distances are from the district centre.
import { startBackend } from './support/backend'
import { bankPoint, centerPoint, streetPoint } from './support/fixtures'
import { launchApp, type MiniApp } from './support/mini-app'
import { attrOf } from './support/simulate'

const backend = startBackend()
let app: MiniApp

beforeAll(async () => {
  app = launchApp({ server: backend.server, location: 'getLocation:fail auth deny' })
  await app.signedIn()
}, 30000)

test('nearby falls back to the 政务服务中心 and says why', async () => {
  const page = await app.open('packages/points/pages/nearby/index')
  try {
    await page.waitForText(
      '未获取到您的位置，已按到青山区政务服务中心的距离排序。可在设置中允许定位后重试。',
      `${centerPoint.name}0米`,
      `${streetPoint.name}1.5公里`,
      `${bankPoint.name}1.9公里`,
    )
    expect(page.text()).not.toContain('已按离您的距离由近到远排序')
    expect(app.wx.callsTo('getLocation')).toHaveLength(1)
    expect(app.wx.callsTo('getLocation')[0]?.[0]).toMatchObject({ type: 'gcj02' })
    expect(app.wx.answered('getLocation')).toBe(1)

    const requests = app.wx.requests('GET /api/v1/service-points/nearby')
    expect(requests).toHaveLength(1)
    expect(requests[0]?.query.toString()).toBe('') // no latitude/longitude, no itemId
    const text = page.text()
    expect(text.indexOf(centerPoint.name)).toBeLessThan(text.indexOf(streetPoint.name))
    expect(text.indexOf(streetPoint.name)).toBeLessThan(text.indexOf(bankPoint.name))
    // The map is centred on the 政务服务中心 the server measured from.
    const map = page.byClass('nearby-map')
    expect([attrOf(map, 'latitude'), attrOf(map, 'longitude')]).toEqual([
      centerPoint.latitude,
      centerPoint.longitude,
    ])
  } finally {
    page.close()
  }
})
