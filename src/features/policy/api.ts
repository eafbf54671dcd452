import type { EnterpriseProfileForm, PreReviewRequest } from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.policy)

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
