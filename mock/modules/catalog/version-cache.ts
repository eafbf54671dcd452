import { arg, compiledPerDatabase } from '../../db/compiled-once'
import { afterCommit, type Sql } from '../../db/engine'

// The version is read before every cached read: building the query with Kysely cost more than
// the read itself.
const catalogVersionQuery = compiledPerDatabase((sql) =>
  sql.selectFrom('catalog_version').select('version'),
)
const contentVersionQuery = compiledPerDatabase((sql) =>
  sql.selectFrom('content_versions').select('version').where('name', '=', arg(0)),
)

/**
 * The catalog's version (migrations 22, 29 and 38): every write to catalog_items, its facets,
 * points, materials and bundles, and to the service points, from any process, moves it on.
 */
export async function catalogVersion(sql: Sql): Promise<number> {
  const { rows } = await sql.executeQuery(catalogVersionQuery(sql))
  return Number(rows[0]?.version ?? 0)
}

/**
 * Values computed from the catalog, kept while the version they were computed at is current.
 * The version is read before computing, so a value is never older than its version: a cached
 * value is served only while no write happened since. Concurrent first callers share one
 * computation; at most `limit` keys are kept (the oldest goes first).
 */
export function versionCache<T>(limit: number) {
  let version = -1
  const values = new Map<string, Promise<T>>()
  return (current: number, key: string, compute: () => Promise<T>): Promise<T> => {
    if (current < version) return compute() // a request that read the version before a write
    if (current > version) {
      values.clear()
      version = current
    }
    const known = values.get(key)
    if (known) return known
    if (values.size >= limit) values.delete(values.keys().next().value ?? key)
    const value = compute()
    values.set(key, value)
    value.catch(() => {
      if (values.get(key) === value) values.delete(key)
    })
    return value
  }
}

/** True inside a transaction that has not committed yet (`afterCommit` waits for it then). */
async function inOpenTransaction(sql: Sql): Promise<boolean> {
  let open = true
  await afterCommit(sql, async () => {
    open = false
  })
  return open
}

/** A row of content_versions (migrations 31 and 38): 'policies', 'media'. */
export async function contentVersion(sql: Sql, name: string): Promise<number> {
  const { rows } = await sql.executeQuery(contentVersionQuery(sql, name))
  return Number(rows[0]?.version ?? 0)
}

/**
 * A value derived from versioned data, computed once per version and key: the version is read
 * on every call, so an edit from any process shows at once. Inside a transaction the value is
 * computed and not kept: what it read may yet be rolled back while its version number is taken
 * again by the next write. Callers share the value: never change it.
 */
export function cacheByVersion<T>(sql: Sql, version: () => Promise<number>, limit: number) {
  const cached = versionCache<T>(limit)
  return async (key: string, compute: () => Promise<T>): Promise<T> => {
    const current = await version()
    if (await inOpenTransaction(sql)) return compute()
    return cached(current, key, compute)
  }
}

/** A value derived from the catalog (and the service points), kept per catalog version. */
export const catalogCache = <T>(sql: Sql, limit: number) =>
  cacheByVersion<T>(sql, () => catalogVersion(sql), limit)
