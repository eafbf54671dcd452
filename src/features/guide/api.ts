import type { GuideAskRequest } from '../../services/contract'
import { call } from '../../services/http'

export const askGuide = (body: GuideAskRequest) => call('POST /api/v1/guide/ask', { body })

export const favoriteItem = (id: string) => call('PUT /api/v1/me/favorites/:id', { params: { id } })
