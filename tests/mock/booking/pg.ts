import { postgresSql, type Sql } from '../../../mock/db/engine'
import { migratePostgres } from '../../../mock/db/postgres/migrate'
import { freshDatabase } from '../../support/postgres'
import { POSTGRES_ENV } from '../../support/postgres-setup'

/**
 * Three "server processes" (three pools) on one new, migrated PostgreSQL database; `close` ends
 * them. Seeds are SQLite-only, so a test inserts the few reference rows it needs.
 */
export async function threeInstances(): Promise<{ instances: Sql[]; close: () => Promise<void> }> {
  const url = await freshDatabase(process.env[POSTGRES_ENV] ?? '')
  const instances = [postgresSql(url), postgresSql(url), postgresSql(url)]
  await migratePostgres(instances[0]!)
  return {
    instances,
    close: async () => void (await Promise.all(instances.map((s) => s.destroy()))),
  }
}

export async function addUsers(sql: Sql, count: number, prefix = 'u'): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${i}`)
  await sql
    .insertInto('users')
    .values(
      ids.map((id) => ({
        id,
        openid: `o-${id}`,
        nickname: id,
        created_at: '2026-03-01T00:00:00Z',
      })),
    )
    .execute()
  return ids
}

export async function addPoint(sql: Sql, id: string): Promise<void> {
  await sql
    .insertInto('service_points')
    .values({
      id,
      name: '青山区政务服务中心',
      kind: 'center',
      street: '青山路',
      address: '青山路1号',
      phone: '0472-1234567',
      latitude: 40.6,
      longitude: 109.8,
      hours_json: '[]',
      sort_order: 1,
    })
    .execute()
}

/** `count` calls spread round-robin over the instances, all in flight at once. */
export function spread<T>(
  instances: Sql[],
  count: number,
  call: (sql: Sql, i: number) => Promise<T>,
) {
  return Promise.all(
    Array.from({ length: count }, (_, i) => call(instances[i % instances.length]!, i)),
  )
}
