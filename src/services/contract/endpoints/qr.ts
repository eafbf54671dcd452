import type { EndpointDef } from './define'
import { IdParams, Ok } from '../schemas/common'
import {
  Campaign,
  QrCodeIssueRequest,
  QrCodeIssued,
  QrResolution,
  QrResolveRequest,
  QrScanList,
  QueueCallRequest,
  QueueTicket,
  QueueTicketRequest,
  Zone,
} from '../schemas/qr'

/** The endpoints of 一码通 and 取号. */
export const qrEndpoints = {
  'POST /api/v1/qr/resolve': {
    summary: '一码通：识别扫到的码（只有本平台签发的有效码才返回动作）',
    auth: true,
    body: QrResolveRequest,
    response: QrResolution,
  },
  'GET /api/v1/qr/scans': { summary: '我的扫码记录', auth: true, response: QrScanList },
  'GET /api/v1/qr/zones/:id': {
    summary: '服务专区页（含一码通矩阵墙上的码）',
    auth: true,
    params: IdParams,
    response: Zone,
  },
  'POST /api/v1/queue/tickets': {
    summary: '现场取号',
    auth: true,
    creates: true,
    body: QueueTicketRequest,
    response: QueueTicket,
  },
  'GET /api/v1/queue/tickets/:id': {
    summary: '排队进度（前面还有几人、预计等候）',
    auth: true,
    params: IdParams,
    response: QueueTicket,
  },
  'GET /api/v1/campaigns/:id': {
    summary: '活动详情',
    auth: true,
    params: IdParams,
    response: Campaign,
  },
  'POST /api/v1/campaigns/:id/claims': {
    summary: '领取活动礼包（每人一次）',
    auth: true,
    creates: true,
    params: IdParams,
    response: Campaign,
  },
  'POST /api/v1/staff/qr-codes': {
    summary: '工作人员签发一码通二维码',
    auth: true,
    creates: true,
    body: QrCodeIssueRequest,
    response: QrCodeIssued,
  },
  'POST /api/v1/staff/qr-codes/:id/revoke': {
    summary: '停用一码通二维码',
    auth: true,
    params: IdParams,
    response: Ok,
  },
  'POST /api/v1/staff/queue/call-next': {
    summary: '叫下一位',
    auth: true,
    body: QueueCallRequest,
    response: QueueTicket,
  },
} as const satisfies Record<string, EndpointDef>
