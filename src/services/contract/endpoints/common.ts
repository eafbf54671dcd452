import type { EndpointDef } from './define'
import { Health } from '../schemas/common'

/** The endpoints of health. */
export const commonEndpoints = {
  'GET /api/v1/health': { summary: '健康检查', auth: false, response: Health },
} as const satisfies Record<string, EndpointDef>
