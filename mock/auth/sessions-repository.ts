import { CompiledQuery } from 'kysely'
import { readAtOnce, readRows, type Sql } from '../db/engine'

export interface LiveSession {
  userId: string
  /** The holiday calendar's version (mock/modules/calendar/sync.ts), read in the same query. */
  calendarVersion: number
}

interface LiveRow {
  user_id: string
  calendar_version: number | null
}

const liveSessionOf = (row: LiveRow | undefined): LiveSession | undefined =>
  row && { userId: row.user_id, calendarVersion: Number(row.calendar_version ?? 0) }

/**
 * Only the sha256 of a token is stored: a leaked database does not leak live sessions. Every
 * lookup reads the table, so a sign-out on one instance holds on all of them at once.
 */
export function createSessionRepo(sql: Sql) {
  // Built and compiled once: the check runs on every signed-in request, and Kysely building and
  // compiling it cost more than the indexed read itself. The row is still read every time, and
  // with it the calendar's version, which every API request needs too: one query, not two.
  const live = sql
    .selectFrom('sessions')
    .select((eb) => [
      'user_id',
      eb.selectFrom('holiday_calendar_version').select('version').as('calendar_version'),
    ])
    .where('token_hash', '=', '')
    .where('expires_at', '>', '')
    .compile()
  const liveQuery = (tokenHash: string, nowIso: string) =>
    CompiledQuery.raw(live.sql, [tokenHash, nowIso]) as CompiledQuery<LiveRow>
  return {
    create: async (tokenHash: string, userId: string, createdAt: string, expiresAt: string) => {
      await sql
        .insertInto('sessions')
        .values({
          token_hash: tokenHash,
          user_id: userId,
          created_at: createdAt,
          expires_at: expiresAt,
        })
        .execute()
    },
    findLive: async (tokenHash: string, nowIso: string): Promise<LiveSession | undefined> =>
      liveSessionOf((await readRows(sql, liveQuery(tokenHash, nowIso)))[0]),
    /**
     * `findLive` without a promise, when SQLite's connection is free (`readAtOnce`): the session,
     * null when there is none, undefined when the read has to wait its turn (or on PostgreSQL).
     */
    findLiveAtOnce: (tokenHash: string, nowIso: string): LiveSession | null | undefined => {
      const rows = readAtOnce(sql, liveQuery(tokenHash, nowIso))
      return rows && (liveSessionOf(rows[0]) ?? null)
    },
    remove: async (tokenHash: string) => {
      await sql.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
    },
    removeExpired: async (nowIso: string): Promise<number> => {
      const result = await sql
        .deleteFrom('sessions')
        .where('expires_at', '<=', nowIso)
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}

export type SessionRepo = ReturnType<typeof createSessionRepo>
