import { hash, randomBytes } from 'node:crypto'

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000

/** 32 random bytes, base64url: opaque to the client, meaningless without the server. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url')
}

/** One-shot `hash`: a third of `createHash(…).update(…).digest(…)`'s time, run on every signed-in request. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex')
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{16,256})$/

export function bearerToken(header: string | undefined): string | null {
  return BEARER.exec(header ?? '')?.[1] ?? null
}
