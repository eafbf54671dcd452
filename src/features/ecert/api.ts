import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.ecert)

export const myLicences = () => call('GET /api/v1/ecert/licences').then((r) => r.items)
