import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const ENV_KEY = 'GOV_E2E_STATE_FILE'

/**
 * Where global setup records the server it started. One file per run (named in the environment
 * the test processes inherit): a fixed path let two runs on one machine stop each other's server.
 */
export function newStateFile(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gov-e2e-state-')), 'server.json')
  process.env[ENV_KEY] = file
  return file
}

export function readServerState(): { url: string; pid: number } {
  const file = process.env[ENV_KEY]
  if (!file)
    throw new Error('the browser tests must run through tests/e2e/jest.config.js (global setup)')
  return JSON.parse(readFileSync(file, 'utf8')) as { url: string; pid: number }
}
