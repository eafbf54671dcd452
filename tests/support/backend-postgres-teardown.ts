import { teardown } from './backend-postgres-setup'

export default teardown
