import type { GuideAskRequest } from '../../services/contract'
import { callerFor } from '../../services/http'
import { guideEndpoints } from '../../services/contract/endpoints/guide'

const call = /* #__PURE__ */ callerFor(guideEndpoints)

export const askGuide = (body: GuideAskRequest) => call('POST /api/v1/guide/ask', { body })
