import type { BookingRequest, NearbyResult } from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.booking)
const pointsCall = lazyCallerFor(endpointsOf.points)
const accountCall = lazyCallerFor(endpointsOf.account)
const catalogCall = lazyCallerFor(endpointsOf.catalog)

export const bookingItems = (q: string) =>
  call('GET /api/v1/appointments/items', { query: q === '' ? {} : { q } }).then((r) => r.items)

export const pointsFor = (itemId: string, where: { latitude?: number; longitude?: number }) =>
  pointsCall('GET /api/v1/service-points/nearby', { query: { ...where, itemId } }).then(
    (r): NearbyResult => r,
  )

export const bookableDates = (itemId: string, pointId: string) =>
  call('GET /api/v1/appointments/dates', { query: { itemId, pointId } }).then((r) => r.dates)

export const slotsOn = (itemId: string, pointId: string, date: string) =>
  call('GET /api/v1/appointments/slots', { query: { itemId, pointId, date } }).then((r) => r.slots)

export const bookerContact = () => accountCall('GET /api/v1/me').then((p) => p.contact)

export const book = (body: BookingRequest, idempotencyKey: string) =>
  call('POST /api/v1/appointments', { body }, { idempotencyKey })

export const reschedule = (
  id: string,
  body: { pointId: string; slotStart: string },
  idempotencyKey: string,
) => call('POST /api/v1/appointments/:id/reschedule', { params: { id }, body }, { idempotencyKey })

export const myAppointments = (scope: 'upcoming' | 'past') =>
  call('GET /api/v1/appointments', { query: { scope } }).then((r) => r.items)

export const getAppointment = (id: string) =>
  call('GET /api/v1/appointments/:id', { params: { id } })

export const cancelAppointment = (id: string) =>
  call('POST /api/v1/appointments/:id/cancel', { params: { id } })

export const checkIn = (code: string) => call('POST /api/v1/staff/check-ins', { body: { code } })

export const itemName = (id: string) =>
  catalogCall('GET /api/v1/catalog/items/:id', { params: { id } }).then((g) => g.item.name)
