import { accountEndpoints } from '../services/contract/endpoints/account'

/** The account endpoints the launch stores call; account-endpoints.h5.ts loads them later. */
export const loadAccountEndpoints = (): Promise<typeof accountEndpoints> =>
  Promise.resolve(accountEndpoints)
