import { sql as raw, type RawBuilder } from 'kysely'
import { isPostgres, type Sql } from '../../db/engine'

/**
 * The ids of the uploads a case's stored materials name (`materials[].uploadIds`, see stored.ts),
 * as a subquery over the case row aliased `c`: its files are read with it, in one statement.
 */
export function uploadIdsOfCase(sql: Sql): RawBuilder<string> {
  return isPostgres(sql)
    ? raw<string>`(select jsonb_array_elements_text(m.value -> 'uploadIds') from jsonb_array_elements(c.materials_json::jsonb) as m)`
    : raw<string>`(select f.value from json_each(c.materials_json) as m, json_each(m.value, '$.uploadIds') as f)`
}
