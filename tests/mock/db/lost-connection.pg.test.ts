import { sql as raw } from 'kysely'
import { postgresSql } from '../../../mock/db/engine'
import { freshDatabase } from '../../support/postgres'
import { POSTGRES_ENV } from '../../support/postgres-setup'

// An idle connection the database ends (a restart, a failover, an administrator) must not take
// the server down: without an error listener, pg's pool re-emits the error and Node exits.
test('a connection the database terminates while idle is replaced, the process keeps running', async () => {
  const url = await freshDatabase(process.env[POSTGRES_ENV] ?? '')
  const sql = postgresSql(url, 2)
  const admin = postgresSql(url, 1)
  const unhandled: unknown[] = []
  const record = (error: unknown) => unhandled.push(error)
  process.on('uncaughtException', record)
  try {
    const { rows } = await raw<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(sql)
    await raw`SELECT pg_terminate_backend(${rows[0]?.pid})`.execute(admin)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const again = await raw<{ one: number }>`SELECT 1 AS one`.execute(sql)
    expect(again.rows).toEqual([{ one: 1 }])
    expect(unhandled).toEqual([])
  } finally {
    process.off('uncaughtException', record)
    await sql.destroy()
    await admin.destroy()
  }
})
