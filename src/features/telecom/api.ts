import type { PlanKind, TelecomRequest } from '../../services/contract'
import { callerFor } from '../../services/http'
import { telecomEndpoints } from '../../services/contract/endpoints/telecom'

const call = /* #__PURE__ */ callerFor(telecomEndpoints)

export const listPlans = (kind: PlanKind | undefined) =>
  call('GET /api/v1/telecom/plans', { query: { kind } }).then((r) => r.items)

export const submitRequest = (body: TelecomRequest, idempotencyKey: string) =>
  call('POST /api/v1/telecom/requests', { body }, { idempotencyKey })

export const myRequests = () => call('GET /api/v1/telecom/requests').then((r) => r.items)
