import type { SessionRepo } from './sessions-repository'
import type { Session } from '../http/types'
import { bearerToken, sha256Hex } from './tokens'

export interface CalendarSync {
  /** Brings the holiday calendar (mock/modules/calendar/sync.ts) to this version. */
  to: (version: number) => Promise<void>
  /** Whether it is at this version already: nothing to wait for. */
  isAt: (version: number) => boolean
}

const NO_CALENDAR: CalendarSync = { to: () => Promise.resolve(), isAt: () => true }

/**
 * Resolves `Authorization: Bearer <token>` to a live session, or null. The session's row comes
 * with the holiday calendar's version, handed to `calendar` (mock/modules/calendar/sync.ts):
 * a signed-in request needs no second read to see a holiday saved on another process.
 */
export function createAuthenticator(sessions: SessionRepo, calendar: CalendarSync = NO_CALENDAR) {
  const authenticate = async (header: string | undefined, at: Date): Promise<Session | null> => {
    const token = bearerToken(header)
    if (!token) return null
    const tokenHash = sha256Hex(token)
    const live = await sessions.findLive(tokenHash, at.toISOString())
    if (!live) return null
    await calendar.to(live.calendarVersion)
    return { userId: live.userId, tokenHash }
  }
  /**
   * The same answer without a promise when it can be had at once: SQLite's connection is free
   * (the read runs synchronously, see `readAtOnce`) and the calendar is up to date. Undefined
   * otherwise (PostgreSQL, a busy connection, a calendar to reload): then `authenticate` decides.
   * Every signed-in request asks; the promise chain cost more than the indexed read.
   */
  const authenticateAtOnce = (header: string | undefined, at: Date): Session | null | undefined => {
    const token = bearerToken(header)
    if (!token) return null
    const tokenHash = sha256Hex(token)
    const live = sessions.findLiveAtOnce(tokenHash, at.toISOString())
    if (live === undefined) return undefined
    if (live === null) return null
    if (!calendar.isAt(live.calendarVersion)) return undefined
    return { userId: live.userId, tokenHash }
  }
  return Object.assign(authenticate, { atOnce: authenticateAtOnce })
}

export type Authenticate = ReturnType<typeof createAuthenticator>
