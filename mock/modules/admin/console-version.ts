import { compiledPerDatabase } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'
import { cacheByVersion } from '../catalog/version-cache'

// One statement for both versions: it is read before every cached console list.
const versionsQuery = compiledPerDatabase((sql) =>
  sql.selectNoFrom((eb) => [
    eb.selectFrom('content_versions').select('version').where('name', '=', 'console').as('console'),
    eb.selectFrom('catalog_version').select('version').as('catalog'),
  ]),
)

/**
 * The version of what the console's lists show (migration 41): the audit log, grants, invites,
 * labs, lawyers, loan products, catalog snapshots and nicknames move 'console' on; service point
 * names move the catalog's. Both only grow, so their sum moves on with either.
 */
export async function consoleVersion(sql: Sql): Promise<number> {
  const { rows } = await sql.executeQuery(versionsQuery(sql))
  const row = rows[0]
  return Number(row?.console ?? 0) + Number(row?.catalog ?? 0)
}

/** A console list kept per console version and key; an edit from any process shows at once. */
export const consoleCache = <T>(sql: Sql, limit: number) =>
  cacheByVersion<T>(sql, () => consoleVersion(sql), limit)
