import type { Sql } from '../db/engine'
import { createAppointmentRepo } from './booking/repository'
import { createBundleRepo, createFacetRepo, createFavoriteRepo } from './catalog/bundles-repository'
import { createCaseRepo } from './cases/repository'
import { createCatalogRepo } from './catalog/repository'
import { createComplaintRepo } from './cases/complaints-repository'
import { createConsentRepo } from './account/consents-repository'
import { createEnterpriseRepo } from './account/enterprises-repository'
import { createIdempotencyRepo } from '../http/idempotency-repository'
import { createPolicyRepo } from './policy/repository'
import { createPolicyContentRepo } from './policy/content-repository'
import { createLoanProductRepo } from './finance/products-repository'
import { createProxyRepo } from './family/repository'
import { createQrRepo } from './qr/repository'
import { createRoleRepo } from './staff/repository'
import { createAdminRepo } from './admin/repository'
import { createAuditRepo } from './admin/audit-repository'
import { createLegalRepo } from './legal/repository'
import { createLawyersRepo } from './legal/lawyers-repository'
import { createMediaRepo } from './media/repository'
import { createMediaAdminRepo } from './media/admin-repository'
import { createLicenceRepo } from './ecert/repository'
import { createUtilityRepo } from './life/repository'
import { createFinanceRepo } from './finance/repository'
import { createTelecomRepo } from './telecom/repository'
import { createTestingRepo } from './labs/repository'
import { createLabsRepo } from './labs/labs-repository'
import { createServicePointRepo } from './points/repository'
import { createSessionRepo } from '../auth/sessions-repository'
import { createUploadRepo } from '../files/repository'
import { createUserRepo } from './account/users-repository'
import { createIdentityRepo } from './account/identity/repository'
import { createAgentRepo } from './account/identity/agent-repository'
import { createMessageRepo } from './messages/repository'
import { createMessageClockRepo } from './messages/clock-repository'

export function createRepos(sql: Sql) {
  return {
    users: createUserRepo(sql),
    sessions: createSessionRepo(sql),
    enterprises: createEnterpriseRepo(sql),
    consents: createConsentRepo(sql),
    idempotency: createIdempotencyRepo(sql),
    servicePoints: createServicePointRepo(sql),
    catalog: createCatalogRepo(sql),
    bundles: createBundleRepo(sql),
    favorites: createFavoriteRepo(sql),
    facets: createFacetRepo(sql),
    appointments: createAppointmentRepo(sql),
    policy: createPolicyRepo(sql),
    policyContent: createPolicyContentRepo(sql),
    loanProducts: createLoanProductRepo(sql),
    qr: createQrRepo(sql),
    legal: createLegalRepo(sql),
    lawyers: createLawyersRepo(sql),
    utilities: createUtilityRepo(sql),
    finance: createFinanceRepo(sql),
    telecom: createTelecomRepo(sql),
    testing: createTestingRepo(sql),
    labs: createLabsRepo(sql),
    cases: createCaseRepo(sql),
    uploads: createUploadRepo(sql),
    complaints: createComplaintRepo(sql),
    media: createMediaRepo(sql),
    mediaAdmin: createMediaAdminRepo(sql),
    licences: createLicenceRepo(sql),
    proxy: createProxyRepo(sql),
    identity: createIdentityRepo(sql),
    agents: createAgentRepo(sql),
    roles: createRoleRepo(sql),
    messages: createMessageRepo(sql),
    messageClock: createMessageClockRepo(sql),
    admin: createAdminRepo(sql),
    audit: createAuditRepo(sql),
  }
}

export type Repos = ReturnType<typeof createRepos>
