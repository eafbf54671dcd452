import { sha256Hex } from '../../auth/tokens'
import type { Session } from '../../http/types'
import type { AdminRepo } from './repository'

export const CONSOLE_COOKIE = 'qs_console'
/** A console session ends after this long without a request. */
export const CONSOLE_IDLE_MS = 8 * 60 * 60 * 1000

/** Sent only to the console's API, never readable by script, never sent from another site. */
const ATTRIBUTES = 'Path=/api/v1/admin; HttpOnly; SameSite=Strict'

export const sessionCookie = (token: string) => `${CONSOLE_COOKIE}=${token}; ${ATTRIBUTES}`
export const clearedCookie = () => `${CONSOLE_COOKIE}=; ${ATTRIBUTES}; Max-Age=0`

export function cookieToken(header: string | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const [name, value] = part.trim().split('=')
    if (name === CONSOLE_COOKIE && value && /^[A-Za-z0-9_-]{16,256}$/.test(value)) return value
  }
  return null
}

/** The console's session from its cookie; each request moves the idle deadline on. */
export function consoleAuthenticator(admin: AdminRepo) {
  return async (cookieHeader: string | undefined, at: Date): Promise<Session | null> => {
    const token = cookieToken(cookieHeader)
    if (token === null) return null
    const tokenHash = sha256Hex(token)
    const expiresAt = new Date(at.getTime() + CONSOLE_IDLE_MS).toISOString()
    const row = await admin.touchSession(tokenHash, at.toISOString(), expiresAt)
    return row ? { userId: row.user_id, tokenHash, consoleSessionId: row.id } : null
  }
}
