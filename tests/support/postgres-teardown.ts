import { teardown } from './postgres-setup'

export default teardown
