import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  SupervisionBookings,
  SupervisionComplaints,
  SupervisionExport,
  SupervisionExportQuery,
  SupervisionOverdue,
  SupervisionRange,
  SupervisionRatings,
  SupervisionScans,
  SupervisionTimeliness,
  SupervisionVolume,
  UrgeRequest,
  UrgeResult,
} from '../schemas/admin-supervision'

/** 电子监察 in the 管理后台 (administrators only, like every `/api/v1/admin/` endpoint). */
export const adminSupervisionEndpoints = {
  'GET /api/v1/admin/supervision/volume': {
    summary: '电子监察：办件量（按日、事项、部门），即办件占比，跑动次数压缩',
    auth: true,
    query: SupervisionRange,
    response: SupervisionVolume,
  },
  'GET /api/v1/admin/supervision/timeliness': {
    summary: '电子监察：平均办理时长与承诺、法定时限对比',
    auth: true,
    query: SupervisionRange,
    response: SupervisionTimeliness,
  },
  'GET /api/v1/admin/supervision/overdue': {
    summary: '电子监察：临近或超过承诺时限的在办件',
    auth: true,
    response: SupervisionOverdue,
  },
  'POST /api/v1/admin/supervision/cases/:id/urge': {
    summary: '电子监察：督办（通知办件的帮办员，记入审计日志）',
    auth: true,
    creates: true,
    params: IdParams,
    body: UrgeRequest,
    response: UrgeResult,
  },
  'GET /api/v1/admin/supervision/ratings': {
    summary: '电子监察：好差评分布与差评回访',
    auth: true,
    query: SupervisionRange,
    response: SupervisionRatings,
  },
  'GET /api/v1/admin/supervision/complaints': {
    summary: '电子监察：投诉建议按期答复（5个工作日）',
    auth: true,
    query: SupervisionRange,
    response: SupervisionComplaints,
  },
  'GET /api/v1/admin/supervision/bookings': {
    summary: '电子监察：预约爽约率与各网点预约最多的时段',
    auth: true,
    query: SupervisionRange,
    response: SupervisionBookings,
  },
  'GET /api/v1/admin/supervision/scans': {
    summary: '电子监察：一码通各专区扫码量',
    auth: true,
    query: SupervisionRange,
    response: SupervisionScans,
  },
  'GET /api/v1/admin/supervision/export': {
    summary: '电子监察：导出一张统计表（CSV，Excel 可直接打开）',
    auth: true,
    query: SupervisionExportQuery,
    response: SupervisionExport,
  },
} as const satisfies Record<string, EndpointDef>
