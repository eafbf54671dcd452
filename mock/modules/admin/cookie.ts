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

/**
 * How stale the recorded last request may grow before a request records itself: the idle
 * deadline and the 会话 page's 最近活动 stay true to the minute, and a console busy with
 * requests writes once a minute instead of once per request.
 */
export const CONSOLE_RENEW_MS = 60 * 1000

/**
 * The console's session from its cookie, read from the table on every request (a session ended
 * or expired on any process is refused at once), its idle deadline moved on when last renewed
 * over a minute ago. The row comes with the calendar's version, handed to `calendarAt`.
 */
export function consoleAuthenticator(
  admin: AdminRepo,
  calendarAt: (version: number) => Promise<void> = () => Promise.resolve(),
) {
  return async (cookieHeader: string | undefined, at: Date): Promise<Session | null> => {
    const token = cookieToken(cookieHeader)
    if (token === null) return null
    const tokenHash = sha256Hex(token)
    const nowIso = at.toISOString()
    const live = await admin.liveSession(tokenHash, nowIso)
    if (!live) return null
    const renewFrom = new Date(at.getTime() - CONSOLE_RENEW_MS).toISOString()
    if (live.lastSeenAt <= renewFrom) {
      const expiresAt = new Date(at.getTime() + CONSOLE_IDLE_MS).toISOString()
      if (!(await admin.renewSession(tokenHash, nowIso, expiresAt))) return null
    }
    await calendarAt(live.calendarVersion)
    return { userId: live.userId, tokenHash, consoleSessionId: live.id, consoleAdmin: live.admin }
  }
}
