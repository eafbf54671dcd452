import { callerFor } from '../../services/http'
import { helperContactEndpoints } from '../../services/contract/endpoints/helper-contact'

const call = /* #__PURE__ */ callerFor(helperContactEndpoints)

export const helperContact = () => call('GET /api/v1/helper-contact')
