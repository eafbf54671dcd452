// Queries a transaction issues together (`Promise.all`) reach its PostgreSQL connection one at a
// time: pg 8 warns (DeprecationWarning) about a query sent while another runs; pg 9 will refuse it.
import { sql as raw } from 'kysely'
import pg from 'pg'
import { inTransaction, postgresSql } from '../../../mock/db/engine'
import { freshDatabase } from '../../support/postgres'
import { POSTGRES_ENV } from '../../support/postgres-setup'

/** The most queries a pg client had sent and not yet seen answered, at any moment. */
let mostAtOnce = 0
const send = pg.Client.prototype.query
beforeAll(() => {
  let inFlight = 0
  const counted = function (this: pg.Client, ...args: Parameters<typeof send>) {
    inFlight += 1
    mostAtOnce = Math.max(mostAtOnce, inFlight)
    const sent = send.apply(this, args) as unknown
    if (sent instanceof Promise) void sent.finally(() => (inFlight -= 1)).catch(() => undefined)
    else inFlight -= 1
    return sent
  }
  pg.Client.prototype.query = counted as typeof send
})
afterAll(() => {
  pg.Client.prototype.query = send
})
beforeEach(() => {
  mostAtOnce = 0
})

test('queries issued together in a transaction run one after another, each with its own answer', async () => {
  const db = postgresSql(await freshDatabase(process.env[POSTGRES_ENV] ?? ''))
  try {
    const answers = await inTransaction(db, () =>
      Promise.all(
        [3, 1, 2].map(async (n) => {
          const { rows } = await raw<{ n: number; at: string }>`
            SELECT ${n}::int AS n, pg_sleep(${n / 100}), clock_timestamp()::text AS at`.execute(db)
          return rows[0]
        }),
      ),
    )
    expect(answers.map((a) => a?.n)).toEqual([3, 1, 2])
    // Issued in that order, they ran in that order: each started after the one before it ended.
    const started = answers.map((a) => a?.at ?? '')
    expect([...started].sort()).toEqual(started)
    expect(mostAtOnce).toBe(1)
  } finally {
    await db.destroy()
  }
})

test('a failing query does not leave the ones issued after it waiting', async () => {
  const db = postgresSql(await freshDatabase(process.env[POSTGRES_ENV] ?? ''))
  try {
    let errors: string[] = []
    const committed = await inTransaction(db, async () => {
      const settled = await Promise.allSettled([
        raw`SELECT 1 / 0`.execute(db),
        raw<{ n: number }>`SELECT 2 AS n`.execute(db),
      ])
      errors = settled.map((s) => (s.status === 'rejected' ? String(s.reason) : 'answered'))
    }).then(
      () => true,
      () => false,
    )
    // PostgreSQL aborts the transaction at the error: the next query is refused, not left waiting.
    expect(errors).toEqual([
      expect.stringContaining('division by zero'),
      expect.stringContaining('current transaction is aborted'),
    ])
    expect(committed).toBe(false)
  } finally {
    await db.destroy()
  }
})
