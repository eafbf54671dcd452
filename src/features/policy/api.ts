import type { EnterpriseProfileForm, PreReviewRequest } from '../../services/contract'
import { callerFor } from '../../services/http'
import { policyEndpoints } from '../../services/contract/endpoints/policy'

const call = /* #__PURE__ */ callerFor(policyEndpoints)

export const loadProfile = () => call('GET /api/v1/policy/profile')
export const saveProfile = (body: EnterpriseProfileForm) =>
  call('PUT /api/v1/policy/profile', { body })
export const loadMatches = () => call('GET /api/v1/policy/matches')
export const loadDetail = (id: string) => call('GET /api/v1/policy/matches/:id', { params: { id } })
export const requestPreReview = (body: PreReviewRequest, idempotencyKey: string) =>
  call('POST /api/v1/policy/prereviews', { body }, { idempotencyKey })
export const loadPreReviews = () => call('GET /api/v1/policy/prereviews')
export const loadCalendar = () => call('GET /api/v1/policy/calendar')
export const loadSubscription = () => call('GET /api/v1/policy/subscription')
export const setSubscription = (subscribed: boolean) =>
  call('PUT /api/v1/policy/subscription', { body: { subscribed } })
