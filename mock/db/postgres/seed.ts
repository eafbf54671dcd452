import { sql as raw } from 'kysely'
import { inTransaction, type Sql } from '../engine'
import { openDatabase } from '../open'
import type { Db } from '../sqlite'

/** Tables the copy never writes: each engine keeps its own bookkeeping. */
const OWN_BOOKKEEPING = new Set(['schema_migrations', 'sqlite_sequence'])
const ROWS_PER_INSERT = 500

interface Table {
  name: string
  columns: string[]
  parents: string[]
}

/** The tables the seeds wrote rows into. */
function seededTables(db: Db): Table[] {
  const names = db
    .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all()
    .filter((name) => !OWN_BOOKKEEPING.has(name))
    // Empty tables need no place in the order (users ↔ enterprises name each other).
    .filter((name) => db.prepare(`SELECT 1 FROM "${name}" LIMIT 1`).get() !== undefined)
  return names.map((name) => ({
    name,
    columns: db
      .prepare<[], { name: string }>(`PRAGMA table_info("${name}")`)
      .all()
      .map((c) => c.name),
    parents: db
      .prepare<[], { table: string }>(`PRAGMA foreign_key_list("${name}")`)
      .all()
      .map((fk) => fk.table)
      .filter((parent) => parent !== name),
  }))
}

/** Parents before children, so every foreign key finds its row (PostgreSQL checks each insert). */
export function parentsFirst(tables: readonly Table[]): Table[] {
  const byName = new Map(tables.map((t) => [t.name, t]))
  const ordered: Table[] = []
  const placed = new Set<string>()
  const place = (table: Table, path: ReadonlySet<string>) => {
    if (placed.has(table.name)) return
    if (path.has(table.name)) throw new Error(`外键成环：${[...path, table.name].join(' → ')}`)
    const next = new Set(path).add(table.name)
    for (const parent of table.parents) {
      const row = byName.get(parent)
      if (row) place(row, next)
    }
    placed.add(table.name)
    ordered.push(table)
  }
  for (const table of tables) place(table, new Set())
  return ordered
}

/** Rows a migration already wrote (e.g. `catalog_version`) are kept. */
async function copyTable(from: Db, to: Sql, table: Table): Promise<number> {
  const rows = from.prepare<[], Record<string, unknown>>(`SELECT * FROM "${table.name}"`).all()
  const columns = raw.join(table.columns.map((c) => raw.ref(c)))
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const values = rows
      .slice(start, start + ROWS_PER_INSERT)
      .map((row) => raw`(${raw.join(table.columns.map((c) => row[c]))})`)
    await raw`INSERT INTO ${raw.table(table.name)} (${columns}) VALUES ${raw.join(values)}
      ON CONFLICT DO NOTHING`.execute(to)
  }
  return rows.length
}

/**
 * Loads the reference data (catalog, service points, 一码通, videos, registers, seeded staff …)
 * into a new PostgreSQL database: the very rows the SQLite seeds write, copied from a freshly
 * seeded SQLite database, so both engines start from the same data. Runs once per database —
 * later changes to reference data arrive through migrations — and concurrent starters wait on
 * one another. No seeded table has an identity column, so no sequence needs moving past the copy. Returns the rows copied (0 when the database was already seeded).
 */
export async function seedPostgres(to: Sql): Promise<number> {
  return inTransaction(to, async () => {
    await raw`SELECT pg_advisory_xact_lock(1703)`.execute(to)
    const seeded = await to.selectFrom('seed_versions').select('name').limit(1).executeTakeFirst()
    if (seeded) return 0
    const from = openDatabase(':memory:')
    try {
      let copied = 0
      for (const table of parentsFirst(seededTables(from)))
        copied += await copyTable(from, to, table)
      return copied
    } finally {
      from.close()
    }
  })
}
