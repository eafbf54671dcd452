import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.qr)

export const resolveCode = (text: string) => call('POST /api/v1/qr/resolve', { body: { text } })
export const myScans = () => call('GET /api/v1/qr/scans').then((r) => r.items)
export const getZone = (id: string) => call('GET /api/v1/qr/zones/:id', { params: { id } })
export const takeTicket = (pointId: string, idempotencyKey: string) =>
  call('POST /api/v1/queue/tickets', { body: { pointId } }, { idempotencyKey })
export const getTicket = (id: string) => call('GET /api/v1/queue/tickets/:id', { params: { id } })
export const getCampaign = (id: string) => call('GET /api/v1/campaigns/:id', { params: { id } })
export const claimCampaign = (id: string, idempotencyKey: string) =>
  call('POST /api/v1/campaigns/:id/claims', { params: { id } }, { idempotencyKey })
