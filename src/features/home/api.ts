import { callerFor } from '../../services/http'
import { casesEndpoints } from '../../services/contract/endpoints/cases'

const call = /* #__PURE__ */ callerFor(casesEndpoints)

export const helperContact = () => call('GET /api/v1/helper-contact')
