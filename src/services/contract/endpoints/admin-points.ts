import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  AdminPointDetail,
  AdminPointList,
  CatalogItemOptions,
  CatalogItemOptionsQuery,
  PointCreate,
  PointEdit,
  PointItemsEdit,
  PointItemsQuery,
  PointSaved,
} from '../schemas/admin-points'

/** 管理后台：服务网点（信息、营业时间、可办事项）。 */
export const adminPointsEndpoints = {
  'GET /api/v1/admin/points': {
    summary: '管理后台：服务网点列表',
    auth: true,
    response: AdminPointList,
  },
  'POST /api/v1/admin/points': {
    summary: '管理后台：新增服务网点（小程序网点列表和就近办随即可见）',
    auth: true,
    body: PointCreate,
    response: AdminPointDetail,
  },
  'GET /api/v1/admin/points/item-options': {
    summary: '管理后台：查找可分配给网点的事项（按名称、部门或事项编号，每次最多50项）',
    auth: true,
    query: CatalogItemOptionsQuery,
    response: CatalogItemOptions,
  },
  'GET /api/v1/admin/points/:id': {
    summary: '管理后台：一个服务网点及其可办事项（分页，可按名称、编号或窗口查找）',
    auth: true,
    params: IdParams,
    query: PointItemsQuery,
    response: AdminPointDetail,
  },
  'POST /api/v1/admin/points/:id': {
    summary:
      '管理后台：修改服务网点（名称、地址、电话、位置、营业时间、服务特色；营业时间不再含已约时段的预约标为需改约并通知预约人）',
    auth: true,
    params: IdParams,
    body: PointEdit,
    response: PointSaved,
  },
  'POST /api/v1/admin/points/:id/items': {
    summary: '管理后台：为网点添加、修改（办理窗口）或移除可办事项',
    auth: true,
    params: IdParams,
    body: PointItemsEdit,
    response: AdminPointDetail,
  },
} as const satisfies Record<string, EndpointDef>
