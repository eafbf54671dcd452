import type { ConsoleMe } from '../../../src/services/contract'

export interface PageProps {
  me: ConsoleMe
}
