import type { Audience, ItemFilter } from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.catalog)
const pointsCall = lazyCallerFor(endpointsOf.points)

export type { ItemFilter }

export const fetchFacets = () => call('GET /api/v1/catalog/facets')

export const listItems = (filter: ItemFilter, page: number, pageSize: number) =>
  call('GET /api/v1/catalog/items', { query: { ...filter, page, pageSize } })

export const listPointItems = (pointId: string, page: number, pageSize: number) =>
  pointsCall('GET /api/v1/service-points/:id/items', {
    params: { id: pointId },
    query: { page, pageSize },
  })

export const getGuide = (id: string) => call('GET /api/v1/catalog/items/:id', { params: { id } })

export const searchItems = (q: string, audience?: Audience) =>
  call('GET /api/v1/catalog/search', { query: { q, audience } })

export const listBundles = () => call('GET /api/v1/catalog/bundles').then((r) => r.items)

export const getBundle = (id: string) => call('GET /api/v1/catalog/bundles/:id', { params: { id } })

export const listFavorites = () => call('GET /api/v1/me/favorites').then((r) => r.items)

export const setFavorite = (id: string, favorite: boolean) =>
  favorite
    ? call('PUT /api/v1/me/favorites/:id', { params: { id } })
    : call('DELETE /api/v1/me/favorites/:id', { params: { id } })
