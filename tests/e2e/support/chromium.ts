import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function hasCjkFont(): boolean {
  try {
    return /Noto (Sans|Serif) CJK/i.test(execSync('fc-list', { encoding: 'utf8' }))
  } catch {
    return false
  }
}

/** Debian's Chromium and CJK fonts; installed here when missing (nothing downloads its own browser). */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH) && hasCjkFont()) return
  const sudo = process.getuid?.() === 0 ? '' : 'sudo '
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk`,
    { stdio: 'inherit' },
  )
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
