import { call } from '../../services/http'

export const helperContact = () => call('GET /api/v1/helper-contact')
