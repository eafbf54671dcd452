import type { EndpointDef } from './define'
import {
  PlanList,
  PlanQuery,
  TelecomOrder,
  TelecomOrderList,
  TelecomRequest,
} from '../schemas/telecom'

/** The endpoints of 通信服务. */
export const telecomEndpoints = {
  'GET /api/v1/telecom/plans': {
    summary: '三大运营商宽带、专线、融合套餐（可比价）',
    auth: true,
    query: PlanQuery,
    response: PlanList,
  },
  'POST /api/v1/telecom/requests': {
    summary: '宽带/专线/套餐办理预约',
    auth: true,
    creates: true,
    body: TelecomRequest,
    response: TelecomOrder,
  },
  'GET /api/v1/telecom/requests': {
    summary: '我的通信业务办理预约',
    auth: true,
    response: TelecomOrderList,
  },
} as const satisfies Record<string, EndpointDef>
