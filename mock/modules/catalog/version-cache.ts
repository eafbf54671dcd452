import type { Sql } from '../../db/engine'

/**
 * The catalog's version (migration 22): every write to catalog_items, its facets or its points,
 * from any process, moves it on.
 */
export async function catalogVersion(sql: Sql): Promise<number> {
  const row = await sql.selectFrom('catalog_version').select('version').executeTakeFirst()
  return Number(row?.version ?? 0)
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
