import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  ApplicationRequest,
  CreditRequest,
  CreditResult,
  DecisionRequest,
  LoanApplication,
  LoanApplicationList,
  LoanProductList,
} from '../schemas/finance'

/** The endpoints of 金融服务. */
export const financeEndpoints = {
  'GET /api/v1/finance/products': {
    summary: '政银合作贷款产品',
    auth: true,
    response: LoanProductList,
  },
  'POST /api/v1/finance/credit-assessments': {
    summary:
      '企业信用自评：等级、加减分因素与匹配的贷款产品（以当前企业身份保存，贷款申请使用服务端计算的等级）',
    auth: true,
    body: CreditRequest,
    response: CreditResult,
  },
  'POST /api/v1/finance/applications': {
    summary: '申请贷款（需以法人身份）',
    auth: true,
    creates: true,
    body: ApplicationRequest,
    response: LoanApplication,
  },
  'GET /api/v1/finance/applications': {
    summary: '我的贷款申请',
    auth: true,
    response: LoanApplicationList,
  },
  'GET /api/v1/finance/applications/:id': {
    summary: '贷款申请进度（申请人或放贷银行工作人员可看）',
    auth: true,
    params: IdParams,
    response: LoanApplication,
  },
  'GET /api/v1/finance/bank/applications': {
    summary: '银行工作台：本行收到的贷款申请',
    auth: true,
    response: LoanApplicationList,
  },
  'POST /api/v1/finance/applications/:id/decision': {
    summary: '银行受理或不予受理',
    auth: true,
    params: IdParams,
    body: DecisionRequest,
    response: LoanApplication,
  },
} as const satisfies Record<string, EndpointDef>
