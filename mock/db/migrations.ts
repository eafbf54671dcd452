import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'

interface Migration {
  version: number
  name: string
  sql: string
  /** PostgreSQL's text where it differs from SQLite's (versions after the PostgreSQL baseline). */
  postgres?: string
}

const FOLDER = join(__dirname, 'migrations')
const FILE = /^(\d{4})(\.postgres)?\.sql$/

/**
 * The migrations, one SQL file per version in `migrations/` (`0020.sql`), plus `0020.postgres.sql`
 * where PostgreSQL's text differs. The first line, a comment, names the migration. Append only:
 * a shipped migration is never edited, a change is a new version.
 */
function loadMigrations(): Migration[] {
  const byVersion = new Map<number, Migration>()
  for (const file of readdirSync(FOLDER).sort()) {
    const match = FILE.exec(file)
    if (!match) throw new Error(`migrations/${file}: expected NNNN.sql or NNNN.postgres.sql`)
    const version = Number(match[1])
    const text = readFileSync(join(FOLDER, file), 'utf8')
    const name = /^-- (.+)\n/.exec(text)?.[1]
    if (!name) throw new Error(`migrations/${file}: the first line must be "-- <what it does>"`)
    const migration = byVersion.get(version) ?? { version, name, sql: '' }
    if (match[2]) migration.postgres = text
    else migration.sql = text
    byVersion.set(version, migration)
  }
  for (const migration of byVersion.values()) {
    if (!migration.sql) throw new Error(`migrations/${migration.version}: no SQLite text`)
  }
  return [...byVersion.values()].sort((a, b) => a.version - b.version)
}

export const migrations: readonly Migration[] = loadMigrations()

export function migrate(db: Database.Database): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`)
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .pluck()
      .all()
      .map((v) => Number(v)),
  )
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  )
  const ran: number[] = []
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue
    db.transaction(() => {
      db.exec(migration.sql)
      record.run(migration.version, migration.name, new Date().toISOString())
    })()
    ran.push(migration.version)
  }
  return ran
}
