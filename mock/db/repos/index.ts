import type { Db } from '../open'
import { createConsentRepo } from './consents'
import { createEnterpriseRepo } from './enterprises'
import { createIdempotencyRepo } from './idempotency'
import { createServicePointRepo } from './service-points'
import { createSessionRepo } from './sessions'
import { createUserRepo } from './users'

export function createRepos(db: Db) {
  return {
    users: createUserRepo(db),
    sessions: createSessionRepo(db),
    enterprises: createEnterpriseRepo(db),
    consents: createConsentRepo(db),
    idempotency: createIdempotencyRepo(db),
    servicePoints: createServicePointRepo(db),
  }
}

export type Repos = ReturnType<typeof createRepos>
