import { callerFor } from '../services/http'
import { accountEndpoints } from '../services/contract/endpoints/account'

/** `call` for the account endpoints the launch stores use; account-call.h5.ts loads them later. */
export const accountCall = /* #__PURE__ */ callerFor(accountEndpoints)
