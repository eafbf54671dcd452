import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  ActingGrant,
  ActingGrantList,
  AuditList,
  AuditQuery,
  ClaimRequest,
  Grant,
  GrantList,
  GrantRequest,
} from '../schemas/family'

/** The endpoints of 亲情代办. */
export const familyEndpoints = {
  'POST /api/v1/proxy/grants': {
    summary: '亲情代办：新建授权（指定事项、限时），返回授权码',
    auth: true,
    creates: true,
    body: GrantRequest,
    response: Grant,
  },
  'GET /api/v1/proxy/grants': {
    summary: '亲情代办：我给出的授权',
    auth: true,
    response: GrantList,
  },
  'POST /api/v1/proxy/grants/:id/code': {
    summary: '亲情代办：刷新未被确认的授权码（10分钟有效）',
    auth: true,
    params: IdParams,
    response: Grant,
  },
  'POST /api/v1/proxy/grants/:id/revoke': {
    summary: '亲情代办：撤销授权（立即生效）',
    auth: true,
    params: IdParams,
    response: Grant,
  },
  'POST /api/v1/proxy/claims/preview': {
    summary: '代家人办：查看授权码对应的授权（不接受）',
    auth: true,
    body: ClaimRequest,
    response: ActingGrant,
  },
  'POST /api/v1/proxy/claims': {
    summary: '代家人办：确认接受授权',
    auth: true,
    body: ClaimRequest,
    response: ActingGrant,
  },
  'GET /api/v1/proxy/acting': {
    summary: '代家人办：我可以代为办理的家人',
    auth: true,
    response: ActingGrantList,
  },
  'GET /api/v1/proxy/audit': {
    summary: '亲情代办：代办记录（grantor 别人为我办的 / grantee 我为家人办的）',
    auth: true,
    query: AuditQuery,
    response: AuditList,
  },
} as const satisfies Record<string, EndpointDef>
