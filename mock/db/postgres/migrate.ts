import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql as raw } from 'kysely'
import { inTransaction, type Sql } from '../engine'
import { migrations } from '../migrations'

/** The version `baseline-v18.sql` stands for: every SQLite migration up to it at once. */
export const BASELINE_VERSION = 18

/**
 * Brings a PostgreSQL database to the schema of `migrations`: the baseline first, then every later
 * migration (its `postgres` text where the dialects differ), each in its own transaction.
 * Concurrent starters (several instances) serialise on an advisory lock.
 */
export async function migratePostgres(sql: Sql, now = new Date()): Promise<number[]> {
  return inTransaction(sql, async () => {
    await raw`SELECT pg_advisory_xact_lock(1702)`.execute(sql)
    await raw`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`.execute(sql)
    const rows = await sql.selectFrom('schema_migrations').select('version').execute()
    const applied = new Set(rows.map((row) => row.version))
    const ran: number[] = []
    const record = (version: number, name: string) =>
      sql
        .insertInto('schema_migrations')
        .values({ version, name, applied_at: now.toISOString() })
        .execute()
    if (!applied.has(BASELINE_VERSION)) {
      await raw.raw(readFileSync(join(__dirname, 'baseline-v18.sql'), 'utf8')).execute(sql)
      for (const migration of migrations.filter((m) => m.version <= BASELINE_VERSION)) {
        await record(migration.version, migration.name)
        ran.push(migration.version)
      }
    }
    for (const migration of migrations) {
      if (migration.version <= BASELINE_VERSION || applied.has(migration.version)) continue
      await raw.raw(migration.postgres ?? migration.sql).execute(sql)
      await record(migration.version, migration.name)
      ran.push(migration.version)
    }
    return ran
  })
}
