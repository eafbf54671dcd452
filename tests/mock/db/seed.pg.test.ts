import { sql as raw } from 'kysely'
import { openDatabase } from '../../../mock/db/open'
import { seedPostgres } from '../../../mock/db/postgres/seed'
import { threeInstances } from '../../support/three-instances'

function sqliteCounts(): Record<string, number> {
  const db = openDatabase(':memory:')
  const tables = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('sqlite_sequence', 'schema_migrations')",
    )
    .pluck()
    .all()
  const counts = Object.fromEntries(
    tables.map((t) => [
      t,
      db.prepare<[], number>(`SELECT COUNT(*) FROM "${t}"`).pluck().get() ?? 0,
    ]),
  )
  db.close()
  return counts
}

test('three instances starting at once load the reference data once, the same rows SQLite starts with', async () => {
  const { sqls, close } = await threeInstances()
  try {
    const copied = await Promise.all(sqls.map((sql) => seedPostgres(sql)))
    expect(copied.filter((n) => n > 0)).toHaveLength(1)

    const expected = sqliteCounts()
    const [sql] = sqls
    const actual: Record<string, number> = {}
    for (const table of Object.keys(expected)) {
      const { rows } = await raw<{
        n: string
      }>`SELECT COUNT(*) AS n FROM ${raw.table(table)}`.execute(sql)
      actual[table] = Number(rows[0]?.n)
    }
    expect(actual).toEqual(expected)
    expect(expected.catalog_items).toBeGreaterThan(3000)

    const item = await sql
      .selectFrom('catalog_items')
      .select(['name', 'sample'])
      .where('sample', '=', 0)
      .orderBy('id')
      .executeTakeFirstOrThrow()
    expect(item.name.length).toBeGreaterThan(1)
    expect(await seedPostgres(sql)).toBe(0)
  } finally {
    await close()
  }
})
