import { sqliteSql, type Sql } from '../db/engine'
import type { Db } from '../db/sqlite'
import { createAppointmentRepo } from './booking/repository'
import { createBundleRepo, createFacetRepo, createFavoriteRepo } from './catalog/bundles-repository'
import { createCaseRepo } from './cases/repository'
import { createCatalogRepo } from './catalog/repository'
import { createComplaintRepo } from './cases/complaints-repository'
import { createConsentRepo } from './account/consents-repository'
import { createEnterpriseRepo } from './account/enterprises-repository'
import { createIdempotencyRepo } from '../http/idempotency-repository'
import { createPolicyRepo } from './policy/repository'
import { createProxyRepo } from './family/repository'
import { createQrRepo } from './qr/repository'
import { createRoleRepo } from './staff/repository'
import { createLegalRepo } from './legal/repository'
import { createMediaRepo } from './media/repository'
import { createLicenceRepo } from './ecert/repository'
import { createUtilityRepo } from './life/repository'
import { createFinanceRepo } from './finance/repository'
import { createTelecomRepo } from './telecom/repository'
import { createTestingRepo } from './labs/repository'
import { createServicePointRepo } from './points/repository'
import { createSessionRepo } from '../auth/sessions-repository'
import { createUploadRepo } from '../files/repository'
import { createUserRepo } from './account/users-repository'
import { createIdentityRepo } from './account/identity/repository'
import { createAgentRepo } from './account/identity/agent-repository'

export function createRepos(db: Db, sql: Sql = sqliteSql(db)) {
  return {
    users: createUserRepo(db),
    sessions: createSessionRepo(db),
    enterprises: createEnterpriseRepo(db),
    consents: createConsentRepo(db),
    idempotency: createIdempotencyRepo(sql),
    servicePoints: createServicePointRepo(sql),
    catalog: createCatalogRepo(sql),
    bundles: createBundleRepo(sql),
    favorites: createFavoriteRepo(sql),
    facets: createFacetRepo(sql),
    appointments: createAppointmentRepo(sql),
    policy: createPolicyRepo(sql),
    qr: createQrRepo(sql),
    legal: createLegalRepo(sql),
    utilities: createUtilityRepo(sql),
    finance: createFinanceRepo(sql),
    telecom: createTelecomRepo(sql),
    testing: createTestingRepo(sql),
    cases: createCaseRepo(db),
    uploads: createUploadRepo(db),
    complaints: createComplaintRepo(sql),
    media: createMediaRepo(sql),
    licences: createLicenceRepo(sql),
    proxy: createProxyRepo(sql),
    identity: createIdentityRepo(db),
    agents: createAgentRepo(db),
    roles: createRoleRepo(db),
  }
}

export type Repos = ReturnType<typeof createRepos>
