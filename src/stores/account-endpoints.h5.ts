import type { accountEndpoints } from '../services/contract/endpoints/account'

/** On H5 the account schemas are a chunk fetched on the first call, after the first screen. */
export const loadAccountEndpoints = (): Promise<typeof accountEndpoints> =>
  import('../services/contract/endpoints/account').then((m) => m.accountEndpoints)
