import { sql as raw } from 'kysely'
import { inTransaction, type Sql } from '../../../mock/db/engine'
import { onPostgres, testDatabase } from '../helpers'

// The ambient transaction's storage is switched off whenever no transaction runs (engine.ts):
// it must come back on for the next one, and stay on while any other is still open.
describe('ambient transactions', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>
  let sql: Sql
  beforeAll(async () => {
    db = await testDatabase()
    sql = db.sql
    await raw`CREATE TABLE probe (n INTEGER)`.execute(sql)
  })
  afterAll(() => db.close())

  const count = async () =>
    Number((await raw<{ n: number }>`SELECT COUNT(*) AS n FROM probe`.execute(sql)).rows[0]?.n)
  const failingInsert = (n: number, before?: Promise<unknown>) =>
    inTransaction(sql, async () => {
      await raw`INSERT INTO probe (n) VALUES (${n})`.execute(sql)
      await before
      // Outside the transaction (its storage lost), this row would be committed on its own.
      await raw`INSERT INTO probe (n) VALUES (${n})`.execute(sql)
      throw new Error('roll back')
    }).catch(() => undefined)

  it('rolls back each of several transactions in a row', async () => {
    await failingInsert(1)
    await failingInsert(2)
    await inTransaction(sql, async () => {
      await raw`INSERT INTO probe (n) VALUES (3)`.execute(sql)
    })
    expect(await count()).toBe(1)
  })

  it('keeps a transaction whole when another that overlapped it has ended', async () => {
    if (!onPostgres()) return // SQLite runs one transaction at a time
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    const long = failingInsert(4, held)
    await inTransaction(sql, async () => {
      await raw`INSERT INTO probe (n) VALUES (5)`.execute(sql)
    })
    release()
    await long
    expect(await count()).toBe(2)
  })
})
