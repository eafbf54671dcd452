import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import { AdminLawyer, AdminLawyerList, LawyerEdit } from '../schemas/admin-content'

/** 管理后台 · 律师: the public profile residents choose by, and whether a lawyer takes questions. */
export const adminLawyersEndpoints = {
  'GET /api/v1/admin/lawyers': {
    summary: '管理后台：律师（电话、执业证号只显示掩码）',
    auth: true,
    response: AdminLawyerList,
  },
  'POST /api/v1/admin/lawyers/:id': {
    summary: '管理后台：修改律师公开资料（执业机构、擅长领域、年限、简介）',
    auth: true,
    params: IdParams,
    body: LawyerEdit,
    response: AdminLawyer,
  },
  'POST /api/v1/admin/lawyers/:id/pause': {
    summary: '管理后台：律师暂停接受新咨询（已有咨询仍可答复）',
    auth: true,
    params: IdParams,
    response: AdminLawyer,
  },
  'POST /api/v1/admin/lawyers/:id/resume': {
    summary: '管理后台：律师恢复接受咨询',
    auth: true,
    params: IdParams,
    response: AdminLawyer,
  },
} as const satisfies Record<string, EndpointDef>
