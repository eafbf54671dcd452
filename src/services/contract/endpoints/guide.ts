import type { EndpointDef } from './define'
import { GuideAskRequest, GuideReply } from '../schemas/guide'

/** The endpoints of 智能导办. */
export const guideEndpoints = {
  'POST /api/v1/guide/ask': {
    summary: '智能导办：说说您要办什么，回答一个追问或给出办事方案',
    auth: true,
    body: GuideAskRequest,
    response: GuideReply,
  },
} as const satisfies Record<string, EndpointDef>
