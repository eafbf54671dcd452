import type { ReportRequest, SamplingRequest, TestingService } from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.labs)

export const listLabs = (service: TestingService | undefined) =>
  call('GET /api/v1/testing/labs', { query: { service } }).then((r) => r.items)

export const bookSampling = (body: SamplingRequest, idempotencyKey: string) =>
  call('POST /api/v1/testing/bookings', { body }, { idempotencyKey })

export const myBookings = () => call('GET /api/v1/testing/bookings').then((r) => r.items)

export const getBooking = (id: string) =>
  call('GET /api/v1/testing/bookings/:id', { params: { id } })

export const labBookings = () => call('GET /api/v1/testing/lab/bookings').then((r) => r.items)

export const issueReport = (id: string, body: ReportRequest) =>
  call('POST /api/v1/testing/bookings/:id/report', { params: { id }, body })
