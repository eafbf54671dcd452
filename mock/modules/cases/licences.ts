import type { Sql } from '../../db/engine'
import type { LicenceRow } from '../ecert/repository'

/**
 * The 电子证照 a case's materials name, in one query (not one per material): a case page reads
 * them on every look. Missing ones are left out.
 */
export async function licencesByIds(
  sql: Sql,
  ids: readonly string[],
): Promise<Map<string, LicenceRow>> {
  if (ids.length === 0) return new Map()
  const rows = (await sql
    .selectFrom('licences')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute()) as LicenceRow[]
  return new Map(rows.map((row) => [row.id, row]))
}
