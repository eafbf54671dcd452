import type { SessionRepo } from './sessions-repository'
import type { Session } from '../http/types'
import { bearerToken, sha256Hex } from './tokens'

/** Resolves `Authorization: Bearer <token>` to a live session, or null. */
export function createAuthenticator(sessions: SessionRepo) {
  return async (header: string | undefined, at: Date): Promise<Session | null> => {
    const token = bearerToken(header)
    if (!token) return null
    const tokenHash = sha256Hex(token)
    const userId = await sessions.findUserId(tokenHash, at.toISOString())
    return userId ? { userId, tokenHash } : null
  }
}

export type Authenticate = ReturnType<typeof createAuthenticator>
