import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

// Apart from api.ts, which the home tab loads: only the staff check-in desk calls the queue.
const call = lazyCallerFor(endpointsOf.qr)

export const callNext = (pointId: string) =>
  call('POST /api/v1/staff/queue/call-next', { body: { pointId } })
