import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  AdminLoanProduct,
  AdminLoanProductList,
  LoanProductInput,
  ShelfChange,
} from '../schemas/admin-finance'

/** 管理后台 › 银行产品: the 政银合作 loan products the mini program lists. */
export const adminFinanceEndpoints = {
  'GET /api/v1/admin/finance/products': {
    summary: '管理后台：银行贷款产品（含已下架）',
    auth: true,
    response: AdminLoanProductList,
  },
  'PUT /api/v1/admin/finance/products/:id': {
    summary: '管理后台：修改贷款产品（额度、利率、期限校验后立即生效）',
    auth: true,
    params: IdParams,
    body: LoanProductInput,
    response: AdminLoanProduct,
  },
  'POST /api/v1/admin/finance/products/:id/off-shelf': {
    summary: '管理后台：下架贷款产品（小程序立即不再展示、不能再申请）',
    auth: true,
    params: IdParams,
    body: ShelfChange,
    response: AdminLoanProduct,
  },
  'POST /api/v1/admin/finance/products/:id/on-shelf': {
    summary: '管理后台：重新上架贷款产品',
    auth: true,
    params: IdParams,
    body: ShelfChange,
    response: AdminLoanProduct,
  },
} as const satisfies Record<string, EndpointDef>
