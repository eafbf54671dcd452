import type { GuideAskRequest } from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.guide)
const catalogCall = lazyCallerFor(endpointsOf.catalog)

export const askGuide = (body: GuideAskRequest) => call('POST /api/v1/guide/ask', { body })

export const favoriteItem = (id: string) =>
  catalogCall('PUT /api/v1/me/favorites/:id', { params: { id } })
