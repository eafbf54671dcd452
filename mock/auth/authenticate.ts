import type { SessionRepo } from './sessions-repository'
import type { Session } from '../http/types'
import { bearerToken, sha256Hex } from './tokens'

/**
 * Resolves `Authorization: Bearer <token>` to a live session, or null. The session's row comes
 * with the holiday calendar's version, handed to `calendarAt` (mock/modules/calendar/sync.ts):
 * a signed-in request needs no second read to see a holiday saved on another process.
 */
export function createAuthenticator(
  sessions: SessionRepo,
  calendarAt: (version: number) => Promise<void> = () => Promise.resolve(),
) {
  return async (header: string | undefined, at: Date): Promise<Session | null> => {
    const token = bearerToken(header)
    if (!token) return null
    const tokenHash = sha256Hex(token)
    const live = await sessions.findLive(tokenHash, at.toISOString())
    if (!live) return null
    await calendarAt(live.calendarVersion)
    return { userId: live.userId, tokenHash }
  }
}

export type Authenticate = ReturnType<typeof createAuthenticator>
