import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  RoleAuditList,
  RoleAuditQuery,
  RoleGrant,
  RoleGrantList,
  RoleGrantRequest,
  RoleListQuery,
} from '../schemas/staff'

/** The endpoints of staff roles. */
export const staffEndpoints = {
  'GET /api/v1/admin/roles': {
    summary: '管理员：工作人员角色（默认只列有效的）',
    auth: true,
    query: RoleListQuery,
    response: RoleGrantList,
  },
  'POST /api/v1/admin/roles': {
    summary: '管理员：授予角色（窗口、银行、检测机构须指定所属网点/机构）',
    auth: true,
    creates: true,
    body: RoleGrantRequest,
    response: RoleGrant,
  },
  'POST /api/v1/admin/roles/:id/revoke': {
    summary: '管理员：撤销角色（立即生效）',
    auth: true,
    params: IdParams,
    response: RoleGrant,
  },
  'GET /api/v1/admin/roles/audit': {
    summary: '管理员：角色授予与撤销记录（谁、何时、改了什么）',
    auth: true,
    query: RoleAuditQuery,
    response: RoleAuditList,
  },
} as const satisfies Record<string, EndpointDef>
