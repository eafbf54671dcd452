import type { Handlers } from '../http/types'
import { adminHandlers } from './admin'
import { appointmentHandlers } from './appointments'
import { authHandlers } from './auth'
import { caseHandlers } from './cases'
import { complaintHandlers } from './complaints'
import { ecertHandlers } from './ecert'
import { catalogHandlers } from './catalog'
import { favoriteHandlers } from './favorites'
import type { HandlerDeps } from './deps'
import { healthHandlers } from './health'
import { helperContactHandlers } from './helper-contact'
import { policyHandlers } from './policy'
import { legalHandlers } from './legal'
import { mediaHandlers } from './media'
import { utilityHandlers } from './utilities'
import { financeHandlers } from './finance'
import { telecomHandlers } from './telecom'
import { testingHandlers } from './testing'
import { privacyHandlers } from './privacy'
import { qrHandlers } from './qr'
import { profileHandlers } from './profile'
import { identityHandlers } from './identity'
import { proxyHandlers } from './proxy'
import { servicePointHandlers } from './service-points'
import { staffHandlers } from './staff'

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...healthHandlers(deps),
    ...authHandlers(deps),
    ...profileHandlers(deps),
    ...identityHandlers(deps),
    ...privacyHandlers(deps),
    ...servicePointHandlers(deps),
    ...catalogHandlers(deps),
    ...favoriteHandlers(deps),
    ...appointmentHandlers(deps),
    ...staffHandlers(deps),
    ...qrHandlers(deps),
    ...policyHandlers(deps),
    ...legalHandlers(deps),
    ...utilityHandlers(deps),
    ...financeHandlers(deps),
    ...telecomHandlers(deps),
    ...testingHandlers(deps),
    ...caseHandlers(deps),
    ...helperContactHandlers(deps),
    ...complaintHandlers(deps),
    ...mediaHandlers(deps),
    ...ecertHandlers(deps),
    ...proxyHandlers(deps),
    ...adminHandlers(deps),
  }
}
