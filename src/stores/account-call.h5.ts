import { lazyCallerFor } from '../services/http'
import type { accountEndpoints } from '../services/contract/endpoints/account'

let pending: Promise<typeof accountEndpoints> | null = null

/**
 * On H5 the account schemas are a chunk fetched on the first call, so the first screen does not
 * wait for them. A failed download is tried again on the next call.
 */
const loadAccountEndpoints = (): Promise<typeof accountEndpoints> =>
  (pending ??= import('../services/contract/endpoints/account').then(
    (m) => m.accountEndpoints,
    (error: unknown) => {
      pending = null
      throw error
    },
  ))

/** `call` for the account endpoints the launch stores use. */
export const accountCall = lazyCallerFor(loadAccountEndpoints)
