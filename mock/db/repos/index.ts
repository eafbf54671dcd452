import type { Db } from '../open'
import { createAppointmentRepo } from './appointments'
import { createBundleRepo, createFacetRepo, createFavoriteRepo } from './bundles'
import { createCaseRepo } from './cases'
import { createCatalogRepo } from './catalog'
import { createComplaintRepo } from './complaints'
import { createConsentRepo } from './consents'
import { createEnterpriseRepo } from './enterprises'
import { createIdempotencyRepo } from './idempotency'
import { createPolicyRepo } from './policy'
import { createProxyRepo } from './proxy'
import { createQrRepo } from './qr'
import { createRoleRepo } from './roles'
import { createLegalRepo } from './legal'
import { createMediaRepo } from './media'
import { createLicenceRepo } from './licences'
import { createUtilityRepo } from './utilities'
import { createFinanceRepo } from './finance'
import { createTelecomRepo } from './telecom'
import { createTestingRepo } from './testing'
import { createServicePointRepo } from './service-points'
import { createSessionRepo } from './sessions'
import { createUploadRepo } from './uploads'
import { createUserRepo } from './users'
import { createIdentityRepo } from '../../identity/repo'
import { createAgentRepo } from '../../identity/agent-repo'

export function createRepos(db: Db) {
  return {
    users: createUserRepo(db),
    sessions: createSessionRepo(db),
    enterprises: createEnterpriseRepo(db),
    consents: createConsentRepo(db),
    idempotency: createIdempotencyRepo(db),
    servicePoints: createServicePointRepo(db),
    catalog: createCatalogRepo(db),
    bundles: createBundleRepo(db),
    favorites: createFavoriteRepo(db),
    facets: createFacetRepo(db),
    appointments: createAppointmentRepo(db),
    policy: createPolicyRepo(db),
    qr: createQrRepo(db),
    legal: createLegalRepo(db),
    utilities: createUtilityRepo(db),
    finance: createFinanceRepo(db),
    telecom: createTelecomRepo(db),
    testing: createTestingRepo(db),
    cases: createCaseRepo(db),
    uploads: createUploadRepo(db),
    complaints: createComplaintRepo(db),
    media: createMediaRepo(db),
    licences: createLicenceRepo(db),
    proxy: createProxyRepo(db),
    identity: createIdentityRepo(db),
    agents: createAgentRepo(db),
    roles: createRoleRepo(db),
  }
}

export type Repos = ReturnType<typeof createRepos>
