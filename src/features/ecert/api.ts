import { callerFor } from '../../services/http'
import { ecertEndpoints } from '../../services/contract/endpoints/ecert'

const call = /* #__PURE__ */ callerFor(ecertEndpoints)

export const myLicences = () => call('GET /api/v1/ecert/licences').then((r) => r.items)
