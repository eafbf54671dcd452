import type { EndpointDef } from './define'
import { ItemPage, ItemQuery } from '../schemas/catalog'
import { IdParams } from '../schemas/common'
import {
  NearbyQuery,
  NearbyResult,
  ServicePoint,
  ServicePointList,
  ServicePointQuery,
} from '../schemas/points'

/** The endpoints of service points. */
export const pointsEndpoints = {
  'GET /api/v1/service-points': {
    summary: '服务网点列表',
    auth: true,
    query: ServicePointQuery,
    response: ServicePointList,
  },
  'GET /api/v1/service-points/:id': {
    summary: '服务网点详情',
    auth: true,
    params: IdParams,
    response: ServicePoint,
  },
  'GET /api/v1/service-points/nearby': {
    summary: '就近办：按距离排序的服务网点',
    auth: true,
    query: NearbyQuery,
    response: NearbyResult,
  },
  'GET /api/v1/service-points/:id/items': {
    summary: '网点可办事项',
    auth: true,
    params: IdParams,
    query: ItemQuery,
    response: ItemPage,
  },
} as const satisfies Record<string, EndpointDef>
