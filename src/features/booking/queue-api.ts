import { callerFor } from '../../services/http'
import { qrEndpoints } from '../../services/contract/endpoints/qr'

// Apart from api.ts, which the home tab loads: only the staff check-in desk calls the queue.
const call = callerFor(qrEndpoints)

export const callNext = (pointId: string) =>
  call('POST /api/v1/staff/queue/call-next', { body: { pointId } })
