import type { Sql } from '../db/engine'

export interface IdempotencyClaim {
  user_id: string
  key: string
  request_hash: string
  created_at: string
}

export interface StoredAnswer {
  request_hash: string
  status_code: number
  response_body: string
}

export function createIdempotencyRepo(sql: Sql) {
  return {
    removeExpired: async (cutoffIso: string): Promise<number> => {
      const result = await sql
        .deleteFrom('idempotency_keys')
        .where('created_at', '<=', cutoffIso)
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
    /**
     * Takes the key for this request, or returns false when another request holds it. On
     * PostgreSQL a twin's insert waits for the holder's transaction, so false means committed.
     */
    claim: async (row: IdempotencyClaim): Promise<boolean> => {
      const result = await sql
        .insertInto('idempotency_keys')
        .values({ ...row, status_code: 0, response_body: '' })
        .onConflict((conflict) => conflict.columns(['user_id', 'key']).doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1
    },
    find: (userId: string, key: string): Promise<StoredAnswer | undefined> =>
      sql
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'status_code', 'response_body'])
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .executeTakeFirst(),
    complete: async (userId: string, key: string, answer: Omit<StoredAnswer, 'request_hash'>) => {
      await sql
        .updateTable('idempotency_keys')
        .set(answer)
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .execute()
    },
  }
}

export type IdempotencyRepo = ReturnType<typeof createIdempotencyRepo>
