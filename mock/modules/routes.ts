import type { Handlers } from '../http/types'
import { adminHandlers } from './staff/routes'
import { consoleHandlers } from './admin/routes'
import { appointmentHandlers } from './booking/routes'
import { authHandlers } from './account/sign-in-routes'
import { caseHandlers } from './cases/routes'
import { complaintHandlers } from './cases/complaint-routes'
import { ecertHandlers } from './ecert/routes'
import { catalogHandlers } from './catalog/routes'
import { favoriteHandlers } from './catalog/favorite-routes'
import type { HandlerDeps } from './deps'
import { healthHandlers } from '../http/health-routes'
import { helperContactHandlers } from './cases/helper-contact-routes'
import { policyHandlers } from './policy/routes'
import { legalHandlers } from './legal/routes'
import { mediaHandlers } from './media/routes'
import { utilityHandlers } from './life/routes'
import { financeHandlers } from './finance/routes'
import { telecomHandlers } from './telecom/routes'
import { testingHandlers } from './labs/routes'
import { privacyHandlers } from './account/privacy-routes'
import { qrHandlers } from './qr/routes'
import { profileHandlers } from './account/profile-routes'
import { identityHandlers } from './account/identity-routes'
import { proxyHandlers } from './family/routes'
import { servicePointHandlers } from './points/routes'
import { staffHandlers } from './booking/check-in-routes'
import { messageHandlers } from './messages/routes'
import { guideHandlers } from './guide/routes'
import { pointAdminHandlers } from './points/admin-routes'
import { holidayCalendarHandlers } from './calendar/admin-routes'
import { qrAdminHandlers } from './qr/admin-routes'
import { adminLabHandlers } from './labs/admin-routes'
import { adminLawyerHandlers } from './legal/admin-routes'
import { adminLiveHandlers } from './media/admin-live-routes'
import { adminVideoHandlers } from './media/admin-video-routes'
import { consoleCatalogHandlers } from './catalog/console/routes'
import { consoleMaterialHandlers } from './catalog/console/material-routes'
import { supervisionHandlers } from './supervision/routes'
import { adminPolicyHandlers } from './policy/admin-routes'
import { adminFinanceHandlers } from './finance/admin-routes'
import { searchLexiconHandlers } from './catalog/lexicon-console/routes'

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
    ...messageHandlers(deps),
    ...guideHandlers(deps),
    ...consoleHandlers(deps),
    ...pointAdminHandlers(deps),
    ...holidayCalendarHandlers(deps),
    ...qrAdminHandlers(deps),
    ...adminLabHandlers(deps),
    ...adminLawyerHandlers(deps),
    ...adminLiveHandlers(deps),
    ...adminVideoHandlers(deps),
    ...consoleCatalogHandlers(deps),
    ...consoleMaterialHandlers(deps),
    ...supervisionHandlers(deps),
    ...adminPolicyHandlers(deps),
    ...adminFinanceHandlers(deps),
    ...searchLexiconHandlers(deps),
  }
}
