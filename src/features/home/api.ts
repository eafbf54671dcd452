import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.helperContact)

export const helperContact = () => call('GET /api/v1/helper-contact')
