import type { FastifyRateLimitStore } from '@fastify/rate-limit'
import type { Sql } from '../db/engine'

type Incr = FastifyRateLimitStore['incr']
type Callback = Parameters<Incr>[1]

const PRUNE_EVERY_MS = 60_000

/**
 * Counts one request of `key` in its fixed window and returns the count so far: one atomic
 * upsert, so every instance on the database shares the count and none can lose an increment.
 * A window that has ended starts afresh at this request.
 */
export async function countRequest(
  sql: Sql,
  key: string,
  now: Date,
  windowMs: number,
): Promise<{ current: number; ttl: number }> {
  const nowIso = now.toISOString()
  const row = await sql
    .insertInto('rate_limit_counters')
    .values({ key, count: 1, window_ends_at: new Date(now.getTime() + windowMs).toISOString() })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet((eb) => {
        const ended = eb('rate_limit_counters.window_ends_at', '<=', nowIso)
        return {
          count: eb
            .case()
            .when(ended)
            .then(1)
            .else(eb('rate_limit_counters.count', '+', 1))
            .end(),
          window_ends_at: eb
            .case()
            .when(ended)
            .then(eb.ref('excluded.window_ends_at'))
            .else(eb.ref('rate_limit_counters.window_ends_at'))
            .end(),
        }
      }),
    )
    .returning(['count', 'window_ends_at'])
    .executeTakeFirstOrThrow()
  return { current: row.count, ttl: Date.parse(row.window_ends_at) - now.getTime() }
}

/** Forgets the windows that have ended (an address seen once must not stay forever). */
export async function pruneEndedWindows(sql: Sql, now: Date): Promise<void> {
  await sql
    .deleteFrom('rate_limit_counters')
    .where('window_ends_at', '<=', now.toISOString())
    .execute()
}

/**
 * The counters of every rate limit, in the database, so that several server instances share
 * them; timed by the app's clock so tests can advance it. Keys carry the limit's name: the
 * plugin's per-limit `child` stores share one table.
 */
export function databaseStore(sql: Sql, now: () => Date) {
  let prunedAt = 0
  return class DatabaseStore implements FastifyRateLimitStore {
    incr(key: string, callback: Callback, timeWindow = 60_000): void {
      const at = now()
      const prune = at.getTime() - prunedAt >= PRUNE_EVERY_MS
      if (prune) prunedAt = at.getTime()
      void (async () => {
        if (prune) await pruneEndedWindows(sql, at)
        return countRequest(sql, key, at, timeWindow)
      })().then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      )
    }

    child(): FastifyRateLimitStore {
      return this
    }
  }
}
