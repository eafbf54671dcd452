import type { EndpointDef } from './define'
import { HelperContact } from '../schemas/helper-contact'

/**
 * 打电话给帮办员, part of the cases domain. Its own module because the home tab calls it: the weapp
 * main package then carries this one schema, not every 办件 schema.
 */
export const helperContactEndpoints = {
  'GET /api/v1/helper-contact': {
    summary: '打电话给帮办员：我的帮办员，或政务服务中心帮办代办窗口',
    auth: true,
    response: HelperContact,
  },
} as const satisfies Record<string, EndpointDef>
