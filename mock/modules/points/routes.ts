import type { ItemPage, ItemSummary, Output, ServicePoint } from '../../../src/services/contract'
import { answersPer } from '../../http/kept-answer'
import { distanceMeters } from '../catalog/geo'
import { catalogToday } from '../catalog/repository'
import { catalogCache } from '../catalog/version-cache'
import { notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'

type PointKeys =
  | 'GET /api/v1/service-points'
  | 'GET /api/v1/service-points/:id'
  | 'GET /api/v1/service-points/nearby'
  | 'GET /api/v1/service-points/:id/items'

type ListedPage = { items: ItemSummary[]; total: number }
type NearbyPoints = { points: ServicePoint[]; counts: ReadonlyMap<string, number> }
type NearbyAnswer = Output<'GET /api/v1/service-points/nearby'>

/** 就近办 measures from the district's 政务服务中心 when the user shares no location. */
export const DISTRICT_CENTRE_ID = 'sp-qs-center'
const pointNotFound = () => notFound('没有找到该服务网点，请返回列表重新选择')

export function servicePointHandlers({ repos, sql }: HandlerDeps): Pick<Handlers, PointKeys> {
  // What 就近办 and a point's item pages read, kept per catalog version as a whole: one read of
  // the version per request instead of one per part.
  const pointsWithCounts = catalogCache<NearbyPoints>(sql, 1)
  const itemPages = catalogCache<ListedPage | null>(sql, 500)
  // Answers kept with the cached lists and pages they are made of: built and encoded once.
  const listAnswers = answersPer<ServicePoint[], { items: ServicePoint[] }>()
  const pageAnswers = answersPer<ListedPage, ItemPage>()
  // 就近办 from the same place (the district centre when no location is shared, or a place asked
  // again) is kept with the cached points, per place: sorted and encoded once.
  const nearbyAnswers = answersPer<NearbyPoints, NearbyAnswer>()
  return {
    'GET /api/v1/service-points': async ({ query }) => {
      const items = await repos.servicePoints.list(query)
      return listAnswers(items, '', () => ({ items }))
    },
    'GET /api/v1/service-points/:id': async ({ params }) => {
      const point = await repos.servicePoints.findById(params.id)
      if (!point) throw pointNotFound()
      return point
    },
    'GET /api/v1/service-points/nearby': async ({ query }) => {
      const nearby = await pointsWithCounts('all', async () => ({
        points: await repos.servicePoints.list({}),
        counts: await repos.catalog.itemCountByPoint(),
      }))
      const { points, counts } = nearby
      const centre = points.find((p) => p.id === DISTRICT_CENTRE_ID) ?? points[0]
      const given = query.latitude !== undefined && query.longitude !== undefined
      const origin = given
        ? { latitude: query.latitude ?? 0, longitude: query.longitude ?? 0, fallback: false }
        : { latitude: centre?.latitude ?? 0, longitude: centre?.longitude ?? 0, fallback: true }
      const handling = query.itemId ? await repos.catalog.pointsHandling(query.itemId) : null
      const answer = (): NearbyAnswer => ({
        origin,
        points: points
          .filter((point) => !handling || handling.has(point.id))
          .map((point) => ({
            point,
            distanceMeters: distanceMeters(origin, point),
            itemCount: counts.get(point.id) ?? 0,
          }))
          .sort((a, b) => a.distanceMeters - b.distanceMeters),
      })
      // The points one item is handled at are read per request: that answer is not kept.
      if (handling) return answer()
      return nearbyAnswers(nearby, `${origin.latitude},${origin.longitude},${given}`, answer)
    },
    'GET /api/v1/service-points/:id/items': async ({
      params,
      query: { page = 1, pageSize = 20, ...filter },
    }) => {
      // The page as of today: an item 废止 at midnight leaves the list then.
      const today = catalogToday()
      const filters = Object.entries(filter).sort(([a], [b]) => (a < b ? -1 : 1))
      const key = JSON.stringify([params.id, today, page, pageSize, filters])
      const found = await itemPages(key, async () =>
        (await repos.servicePoints.findById(params.id))
          ? repos.catalog.list({ ...filter, pointId: params.id, today }, page, pageSize)
          : null,
      )
      if (!found) throw pointNotFound()
      return pageAnswers(found, `${page}/${pageSize}`, () => ({ ...found, page, pageSize }))
    },
  }
}
