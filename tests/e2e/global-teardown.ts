import { readServerState } from './support/state'

export default async function globalTeardown(): Promise<void> {
  const { pid } = readServerState()
  try {
    process.kill(pid, 'SIGTERM')
  } catch {
    // already gone
  }
}
