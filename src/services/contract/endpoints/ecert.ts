import type { EndpointDef } from './define'
import { LicenceList, Prefill } from '../schemas/ecert'

/** The endpoints of 电子证照. */
export const ecertEndpoints = {
  'GET /api/v1/ecert/licences': {
    summary: '我的电子证照（本人和已绑定企业的，号码打码）',
    auth: true,
    response: LicenceList,
  },
  'GET /api/v1/ecert/prefill': {
    summary: '表单预填：实名信息、常用联系方式和有效电子证照上的内容',
    auth: true,
    response: Prefill,
  },
} as const satisfies Record<string, EndpointDef>
