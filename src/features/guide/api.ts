import type { GuideAskRequest } from '../../services/contract'
import { callerFor } from '../../services/http'
import { guideEndpoints } from '../../services/contract/endpoints/guide'
import { catalogEndpoints } from '../../services/contract/endpoints/catalog'

const call = /* #__PURE__ */ callerFor(guideEndpoints)
const catalogCall = /* #__PURE__ */ callerFor(catalogEndpoints)

export const askGuide = (body: GuideAskRequest) => call('POST /api/v1/guide/ask', { body })

export const favoriteItem = (id: string) =>
  catalogCall('PUT /api/v1/me/favorites/:id', { params: { id } })
