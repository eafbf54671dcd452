import type { GrantRequest } from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.family)
const catalogCall = lazyCallerFor(endpointsOf.catalog)
const bookingCall = lazyCallerFor(endpointsOf.booking)

export const createGrant = (body: GrantRequest, idempotencyKey: string) =>
  call('POST /api/v1/proxy/grants', { body }, { idempotencyKey })

export const myGrants = () => call('GET /api/v1/proxy/grants').then((r) => r.items)

export const refreshCode = (id: string) =>
  call('POST /api/v1/proxy/grants/:id/code', { params: { id } })

export const revokeGrant = (id: string) =>
  call('POST /api/v1/proxy/grants/:id/revoke', { params: { id } })

export const previewClaim = (code: string) =>
  call('POST /api/v1/proxy/claims/preview', { body: { code } })

export const claimGrant = (code: string) => call('POST /api/v1/proxy/claims', { body: { code } })

export const actingGrants = () => call('GET /api/v1/proxy/acting').then((r) => r.items)

export const auditTrail = (as: 'grantor' | 'grantee') =>
  call('GET /api/v1/proxy/audit', { query: { as } }).then((r) => r.items)

export const favoriteItems = () => catalogCall('GET /api/v1/me/favorites').then((r) => r.items)

export const bookableItems = (q: string) =>
  bookingCall('GET /api/v1/appointments/items', { query: q === '' ? {} : { q } }).then(
    (r) => r.items,
  )
