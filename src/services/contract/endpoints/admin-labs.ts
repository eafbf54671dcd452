import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import { AdminLab, AdminLabList, LabEdit } from '../schemas/admin-content'

/** 管理后台 · 检测机构: the labs residents book, edited and taken off without a developer. */
export const adminLabsEndpoints = {
  'GET /api/v1/admin/labs': {
    summary: '管理后台：检测机构（含已下架）',
    auth: true,
    response: AdminLabList,
  },
  'POST /api/v1/admin/labs/:id': {
    summary: '管理后台：修改检测机构（名称、检测服务、服务时间、接待量、地址、电话）',
    auth: true,
    params: IdParams,
    body: LabEdit,
    response: AdminLab,
  },
  'POST /api/v1/admin/labs/:id/hide': {
    summary: '管理后台：下架检测机构（小程序不再展示，已有预约不受影响）',
    auth: true,
    params: IdParams,
    response: AdminLab,
  },
  'POST /api/v1/admin/labs/:id/show': {
    summary: '管理后台：重新上架检测机构',
    auth: true,
    params: IdParams,
    response: AdminLab,
  },
} as const satisfies Record<string, EndpointDef>
