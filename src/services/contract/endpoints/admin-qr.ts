import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  AdminQrCode,
  AdminQrZone,
  AdminQrZones,
  CodeIssue,
  QrWallSheet,
  ZoneCreate,
  ZoneEdit,
} from '../schemas/admin-qr'

/** 管理后台：一码通专区、码的签发与停用、打印码墙。 */
export const adminQrEndpoints = {
  'GET /api/v1/admin/qr/zones': {
    summary: '管理后台：一码通专区及其码（含已停用）',
    auth: true,
    response: AdminQrZones,
  },
  'POST /api/v1/admin/qr/zones': {
    summary: '管理后台：新建一码通专区（同时签发专区码）',
    auth: true,
    creates: true,
    body: ZoneCreate,
    response: AdminQrZone,
  },
  'POST /api/v1/admin/qr/zones/:id': {
    summary: '管理后台：修改一码通专区',
    auth: true,
    params: IdParams,
    body: ZoneEdit,
    response: AdminQrZone,
  },
  'POST /api/v1/admin/qr/zones/:id/codes': {
    summary: '管理后台：在专区签发一个码（办事指南、取号或活动）',
    auth: true,
    creates: true,
    params: IdParams,
    body: CodeIssue,
    response: AdminQrCode,
  },
  'POST /api/v1/admin/qr/codes/:id/revoke': {
    summary: '管理后台：停用一个码（扫到会提示已停用）',
    auth: true,
    params: IdParams,
    response: AdminQrCode,
  },
  'GET /api/v1/admin/qr/zones/:id/wall': {
    summary: '管理后台：专区码墙（可打印的 A3 页面，与 npm run qr:wall 相同）',
    auth: true,
    params: IdParams,
    response: QrWallSheet,
  },
} as const satisfies Record<string, EndpointDef>
