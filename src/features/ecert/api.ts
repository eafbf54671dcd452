import { call } from '../../services/http'

export const myLicences = () => call('GET /api/v1/ecert/licences').then((r) => r.items)
