// The two shortcuts of the reads every request makes: a query compiled once (run with fresh
// arguments, rows read every time) and SQLite's read at once, which must never see a
// transaction's rows before it commits.
import { arg, compiledOnce } from '../../../mock/db/compiled-once'
import { inTransaction, isPostgres, readAtOnce, type Sql } from '../../../mock/db/engine'
import { testDatabase } from '../helpers'

let db: Awaited<ReturnType<typeof testDatabase>>
let sql: Sql
beforeAll(async () => {
  db = await testDatabase()
  sql = db.sql
})
afterAll(() => db.close())

const addUser = (id: string, nickname: string) =>
  sql
    .insertInto('users')
    .values({ id, openid: `openid-${id}`, nickname, created_at: '2026-03-02T01:00:00.000Z' })
    .execute()

const byNickname = () =>
  compiledOnce(
    sql
      .selectFrom('users')
      .select('id')
      .where('nickname', '=', arg(1))
      .where('id', '>=', arg(0))
      .orderBy('id')
      .limit(1),
  )

test('a query compiled once takes each call’s arguments in their places, keeps its constants, and reads the rows anew', async () => {
  const query = byNickname()
  await addUser('co-b', '示例甲')
  await addUser('co-c', '示例甲')
  const first = async (from: string, nickname: string) =>
    (await sql.executeQuery(query(from, nickname))).rows.map((row) => row.id)
  expect(await first('co-a', '示例甲')).toEqual(['co-b']) // limit 1 stays
  expect(await first('co-c', '示例甲')).toEqual(['co-c'])
  expect(await first('co-a', '示例乙')).toEqual([])
  await addUser('co-d', '示例乙') // added after it was compiled
  expect(await first('co-a', '示例乙')).toEqual(['co-d'])
})

test('SQLite reads at once only while its connection is free; never inside or beside an open transaction', async () => {
  const query = byNickname()('co-a', '示例丙')
  if (isPostgres(sql)) {
    expect(readAtOnce(sql, query)).toBeUndefined()
    return
  }
  expect(readAtOnce(sql, query)).toEqual([])
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  let inside: unknown = 'not run'
  const open = inTransaction(sql, async () => {
    await addUser('co-e', '示例丙')
    inside = readAtOnce(sql, query)
    await held
  })
  await new Promise((resolve) => setTimeout(resolve, 10))
  // The transaction holds the connection: its uncommitted row must not be read from outside.
  expect(readAtOnce(sql, query)).toBeUndefined()
  release()
  await open
  expect(inside).toBeUndefined()
  expect(readAtOnce(sql, query)).toEqual([{ id: 'co-e' }])
})
