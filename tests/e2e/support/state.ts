import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const STATE_FILE = path.join(tmpdir(), 'gov-e2e-server.json')

export function readServerState(): { url: string; pid: number } {
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { url: string; pid: number }
}
