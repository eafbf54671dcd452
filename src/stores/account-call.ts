import { lazyCallerFor } from '../services/http'
import { endpointsOf } from '../services/contract/lazy-endpoints'

/** `call` for the account endpoints the launch stores use. */
export const accountCall = lazyCallerFor(endpointsOf.account)
