import type { Db } from '../db/open'

export interface IdempotencyRow {
  user_id: string
  key: string
  request_hash: string
  status_code: number
  response_body: string
  created_at: string
}

export function createIdempotencyRepo(db: Db) {
  const find = db.prepare<[string, string, string], IdempotencyRow>(
    'SELECT * FROM idempotency_keys WHERE user_id = ? AND key = ? AND created_at > ?',
  )
  const save = db.prepare<[IdempotencyRow]>(`
    INSERT INTO idempotency_keys (user_id, key, request_hash, status_code, response_body, created_at)
    VALUES (@user_id, @key, @request_hash, @status_code, @response_body, @created_at)
    ON CONFLICT (user_id, key) DO UPDATE SET
      request_hash = excluded.request_hash, status_code = excluded.status_code,
      response_body = excluded.response_body, created_at = excluded.created_at`)
  const removeExpired = db.prepare<[string]>('DELETE FROM idempotency_keys WHERE created_at <= ?')

  return {
    /** Only keys younger than `cutoffIso` count; older ones are expired. */
    find: (userId: string, key: string, cutoffIso: string) => find.get(userId, key, cutoffIso),
    save: (row: IdempotencyRow) => {
      save.run(row)
    },
    removeExpired: (cutoffIso: string) => removeExpired.run(cutoffIso).changes,
    /**
     * One `BEGIN IMMEDIATE` around the handler and its key: the handlers' own transactions
     * nest inside as savepoints, so the record and its key commit together or not at all.
     */
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
  }
}

export type IdempotencyRepo = ReturnType<typeof createIdempotencyRepo>
