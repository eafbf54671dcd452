import { postgresSql, type Sql } from '../../mock/db/engine'
import { migratePostgres } from '../../mock/db/postgres/migrate'
import { freshDatabase } from './postgres'
import { POSTGRES_ENV } from './postgres-setup'

/**
 * Three pools on one fresh, migrated PostgreSQL database: what three server instances share.
 * `close` ends them all.
 */
export async function threeInstances(): Promise<{
  sqls: [Sql, Sql, Sql]
  close: () => Promise<void>
}> {
  const url = await freshDatabase(process.env[POSTGRES_ENV] ?? '')
  const sqls: [Sql, Sql, Sql] = [postgresSql(url), postgresSql(url), postgresSql(url)]
  await migratePostgres(sqls[0])
  return { sqls, close: async () => void (await Promise.all(sqls.map((s) => s.destroy()))) }
}

/** `count` calls of `call`, started together, spread round-robin over the instances. */
export function burst<T>(
  count: number,
  sqls: readonly Sql[],
  call: (sql: Sql, i: number) => Promise<T>,
) {
  return Promise.allSettled(
    Array.from({ length: count }, (_, i) => call(sqls[i % sqls.length]!, i)),
  )
}

/** A user as sign-in makes one: most tables name their owner by a foreign key. */
export async function addUser(sql: Sql, id = 'u1'): Promise<void> {
  await sql
    .insertInto('users')
    .values({
      id,
      openid: `openid-${id}`,
      nickname: '测试用户',
      created_at: '2026-03-02T00:00:00Z',
    })
    .execute()
}
