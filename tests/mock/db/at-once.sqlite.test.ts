import Database from 'better-sqlite3'
import { sql as raw } from 'kysely'
import { inTransaction, sqliteSql, type Sql } from '../../../mock/db/engine'

// On SQLite a query outside a transaction runs at once while the one connection is free
// (engine.ts), without the driver's turn-taking: it must still wait for a transaction that is
// open, never see its rows before the commit nor join it, and answer as Kysely's driver does.
describe('queries run at once on SQLite', () => {
  // SQLite whatever engine the run's other suites use: this is about SQLite's one connection.
  const db = new Database(':memory:')
  const sql: Sql = sqliteSql(db)
  beforeAll(async () => {
    await raw`CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER)`.execute(sql)
  })
  afterAll(async () => {
    await sql.destroy()
    db.close()
  })

  const count = async () =>
    Number((await raw<{ n: number }>`SELECT COUNT(*) AS n FROM probe`.execute(sql)).rows[0]?.n)

  it('wait for an open transaction, and neither see its rows early nor join its rollback', async () => {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    let inserted: () => void = () => undefined
    const begun = new Promise<void>((resolve) => (inserted = resolve))
    const rolledBack = inTransaction(sql, async () => {
      await raw`INSERT INTO probe (n) VALUES (1)`.execute(sql)
      inserted()
      await held
      throw new Error('roll back')
    }).catch(() => 'rolled back')
    await begun
    // Issued while the transaction holds the connection: it runs after the rollback.
    const during = count()
    const written = raw`INSERT INTO probe (n) VALUES (2)`.execute(sql)
    release()
    expect(await rolledBack).toBe('rolled back')
    expect(await during).toBe(0)
    await written
    expect(await count()).toBe(1)
  })

  it('answer rows, affected rows and the inserted id as Kysely does', async () => {
    const insert = await sql
      .insertInto('probe' as never)
      .values({ n: 7 } as never)
      .executeTakeFirst()
    expect(typeof insert.insertId).toBe('bigint')
    expect(insert.numInsertedOrUpdatedRows).toBe(1n)
    const update = await raw`UPDATE probe SET n = n + 1`.execute(sql)
    expect(update.numAffectedRows).toBe(2n)
    const rows = await raw<{ n: number }>`SELECT n FROM probe ORDER BY n`.execute(sql)
    expect(rows.rows).toEqual([{ n: 3 }, { n: 8 }])
  })
})
