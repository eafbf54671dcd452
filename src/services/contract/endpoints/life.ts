import type { EndpointDef } from './define'
import { IdParams, Ok } from '../schemas/common'
import {
  BillList,
  BindAccountRequest,
  PaymentRequest,
  Receipt,
  UtilityAccount,
  UtilityAccountList,
} from '../schemas/life'

/** The endpoints of 生活缴费. */
export const lifeEndpoints = {
  'GET /api/v1/utilities/accounts': {
    summary: '生活缴费：我绑定的户号',
    auth: true,
    response: UtilityAccountList,
  },
  // Not `creates`: binding is an upsert (a repeat answers the same account), and a refused answer
  // must stay counted — a creating handler's writes are rolled back when it refuses.
  'POST /api/v1/utilities/accounts': {
    summary: '绑定水、电、燃气、暖气户号（需答出户主的姓或预留手机后4位）',
    auth: true,
    body: BindAccountRequest,
    response: UtilityAccount,
  },
  'DELETE /api/v1/utilities/accounts/:id': {
    summary: '解绑户号',
    auth: true,
    params: IdParams,
    response: Ok,
  },
  'GET /api/v1/utilities/accounts/:id/bills': {
    summary: '户号的账单',
    auth: true,
    params: IdParams,
    response: BillList,
  },
  'POST /api/v1/utilities/payments': {
    summary: '缴费（沙箱支付，不扣款）；同一账单只能缴一次',
    auth: true,
    creates: true,
    body: PaymentRequest,
    response: Receipt,
  },
  'GET /api/v1/utilities/payments/:id': {
    summary: '缴费回执',
    auth: true,
    params: IdParams,
    response: Receipt,
  },
} as const satisfies Record<string, EndpointDef>
