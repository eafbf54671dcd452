import type { GrantRequest } from '../../services/contract'
import { callerFor } from '../../services/http'
import { familyEndpoints } from '../../services/contract/endpoints/family'
import { catalogEndpoints } from '../../services/contract/endpoints/catalog'
import { bookingEndpoints } from '../../services/contract/endpoints/booking'

const call = /* #__PURE__ */ callerFor(familyEndpoints)
const catalogCall = /* #__PURE__ */ callerFor(catalogEndpoints)
const bookingCall = /* #__PURE__ */ callerFor(bookingEndpoints)

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
