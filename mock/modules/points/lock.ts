import { isPostgres, type Sql } from '../../db/engine'

/**
 * Holds the point's row until the transaction ends, so the decisions taken per point (a slot's
 * remaining places, the next queue number) are taken one at a time across server processes. On
 * SQLite the one writer already serialises them, and `FOR UPDATE` is not SQLite.
 */
export async function lockPoint(sql: Sql, pointId: string): Promise<void> {
  if (!isPostgres(sql)) return
  await sql
    .selectFrom('service_points')
    .select('id')
    .where('id', '=', pointId)
    .forUpdate()
    .executeTakeFirst()
}
