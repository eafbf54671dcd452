import { sql as raw } from 'kysely'
import { openDatabase } from '../../../mock/db/open'
import { postgresSql, type Sql } from '../../../mock/db/engine'
import { migratePostgres } from '../../../mock/db/postgres/migrate'
import { migrations } from '../../../mock/db/migrations'
import { createIdempotency } from '../../../mock/http/idempotency'
import { createIdempotencyRepo } from '../../../mock/http/idempotency-repository'
import { freshDatabase } from '../../support/postgres'
import { POSTGRES_ENV } from '../../support/postgres-setup'

const cluster = process.env[POSTGRES_ENV] ?? ''
const opened: Sql[] = []
const connect = (url: string) => {
  const sql = postgresSql(url)
  opened.push(sql)
  return sql
}
afterAll(() => Promise.all(opened.map((sql) => sql.destroy())))

interface Column {
  table: string
  column: string
  type: string
  nullable: boolean
}

const FAMILY: Record<string, string> = {
  TEXT: 'text',
  INTEGER: 'integer',
  REAL: 'double precision',
}

function sqliteColumns(): Column[] {
  const db = openDatabase(':memory:')
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .all()
  const columns = tables.flatMap(({ name }) =>
    db
      .prepare<[], { name: string; type: string; notnull: number; pk: number }>(
        `PRAGMA table_info(${name})`,
      )
      .all()
      .map((c) => ({
        table: name,
        column: c.name,
        type: FAMILY[c.type.toUpperCase()] ?? c.type,
        // SQLite would let a TEXT PRIMARY KEY hold NULL; the app never stores one there.
        nullable: c.notnull === 0 && c.pk === 0,
      })),
  )
  db.close()
  return columns
}

async function postgresColumns(sql: Sql): Promise<Column[]> {
  const { rows } = await raw<{
    table_name: string
    column_name: string
    data_type: string
    is_nullable: string
  }>`SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
     WHERE table_schema = 'public'`.execute(sql)
  return rows.map((r) => ({
    table: r.table_name,
    column: r.column_name,
    type: r.data_type,
    nullable: r.is_nullable === 'YES',
  }))
}

const byName = (a: Column, b: Column) =>
  `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`)

describe('PostgreSQL schema', () => {
  test('ends with the same tables, columns, types and nullability as SQLite', async () => {
    const sql = connect(await freshDatabase(cluster))
    await migratePostgres(sql)
    const expected = sqliteColumns().sort(byName)
    const actual = (await postgresColumns(sql)).sort(byName)
    expect(actual.map(({ table, column, type }) => ({ table, column, type }))).toEqual(
      expected.map(({ table, column, type }) => ({ table, column, type })),
    )
    const nullability = (cols: Column[]) =>
      cols.filter((c) => c.nullable).map((c) => `${c.table}.${c.column}`)
    expect(nullability(actual)).toEqual(nullability(expected))
  })

  test('migrates once, whatever the number of instances starting at the same time', async () => {
    const url = await freshDatabase(cluster)
    const runs = await Promise.all(
      [connect(url), connect(url), connect(url)].map((sql) => migratePostgres(sql)),
    )
    expect(runs.map((ran) => ran.length).sort()).toEqual([0, 0, migrations.length])
    await expect(migratePostgres(connect(url))).resolves.toEqual([])
  })
})

describe('Idempotency-Key on PostgreSQL across three server processes', () => {
  test('50 concurrent retries of one key run the handler once and all get its answer', async () => {
    const url = await freshDatabase(cluster)
    const first = connect(url)
    await migratePostgres(first)
    await first
      .insertInto('users')
      .values({ id: 'u1', openid: 'o1', nickname: 'n', created_at: '2026-03-02T00:00:00Z' })
      .execute()
    const instances = [first, connect(url), connect(url)].map((sql) =>
      createIdempotency(sql, createIdempotencyRepo(sql), () => new Date('2026-03-02T01:00:00Z')),
    )
    let runs = 0
    const execute = async () => {
      runs += 1
      await new Promise((resolve) => setTimeout(resolve, 20)) // the twins arrive meanwhile
      return { statusCode: 201, json: `{"data":${runs}}` }
    }
    const scope = { userId: 'u1', key: 'retry-key-1', hash: 'h' }
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => instances[i % 3]!(scope, execute)),
    )
    expect(runs).toBe(1)
    expect(results.filter((r) => !r.replayed)).toHaveLength(1)
    expect(new Set(results.map((r) => r.reply.json))).toEqual(new Set(['{"data":1}']))
    const stored = await first.selectFrom('idempotency_keys').selectAll().execute()
    expect(stored).toHaveLength(1)
  })
})
