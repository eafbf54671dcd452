import type { Sql } from '../../db/engine'
import { catalogCache } from '../catalog/version-cache'

/**
 * A value read from the catalog (items, bundles, service points) once per catalog version and
 * database, not per request: every catalog write, from any process, moves the version on.
 * Callers share the value: never change it.
 */
export function perCatalogVersion<T>(compute: (sql: Sql) => Promise<T>) {
  const caches = new WeakMap<Sql, ReturnType<typeof catalogCache<T>>>()
  return (sql: Sql): Promise<T> => {
    let cache = caches.get(sql)
    if (!cache) caches.set(sql, (cache = catalogCache<T>(sql, 1)))
    return cache('all', () => compute(sql))
  }
}
