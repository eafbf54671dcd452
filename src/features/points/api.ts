import type { PointKind } from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.points)

export function listServicePoints(query: { q?: string; kind?: PointKind }) {
  return call('GET /api/v1/service-points', { query }).then((res) => res.items)
}

export function getServicePoint(id: string) {
  return call('GET /api/v1/service-points/:id', { params: { id } })
}

export function nearbyPoints(query: { latitude?: number; longitude?: number; itemId?: string }) {
  return call('GET /api/v1/service-points/nearby', { query })
}
