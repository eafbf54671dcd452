import type { Db } from '../db/sqlite'

/** Only the sha256 of a token is stored: a leaked database does not leak live sessions. */
export function createSessionRepo(db: Db) {
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  )
  const live = db.prepare<[string, string], string>(
    'SELECT user_id FROM sessions WHERE token_hash = ? AND expires_at > ?',
  )
  const remove = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?')
  const removeExpired = db.prepare<[string]>('DELETE FROM sessions WHERE expires_at <= ?')

  return {
    create: (tokenHash: string, userId: string, createdAt: string, expiresAt: string) => {
      insert.run(tokenHash, userId, createdAt, expiresAt)
    },
    findUserId: (tokenHash: string, nowIso: string): string | undefined =>
      live.pluck().get(tokenHash, nowIso),
    remove: (tokenHash: string) => {
      remove.run(tokenHash)
    },
    removeExpired: (nowIso: string) => removeExpired.run(nowIso).changes,
  }
}

export type SessionRepo = ReturnType<typeof createSessionRepo>
