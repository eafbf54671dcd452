import type { PlanKind, TelecomRequest } from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.telecom)

export const listPlans = (kind: PlanKind | undefined) =>
  call('GET /api/v1/telecom/plans', { query: { kind } }).then((r) => r.items)

export const submitRequest = (body: TelecomRequest, idempotencyKey: string) =>
  call('POST /api/v1/telecom/requests', { body }, { idempotencyKey })

export const myRequests = () => call('GET /api/v1/telecom/requests').then((r) => r.items)
