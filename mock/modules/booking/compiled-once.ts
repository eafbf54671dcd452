import { CompiledQuery } from 'kysely'
import type { Sql } from '../../db/engine'

/**
 * A query built and compiled by Kysely once, then run with the values given in the order its
 * placeholders appear: on the routes read most, building and compiling cost more than the
 * indexed read itself (as with the session check, mock/auth/sessions-repository.ts).
 */
export function compiledOnce<Row, Values extends readonly unknown[]>(
  sql: Sql,
  query: { compile(): CompiledQuery<Row> },
) {
  const { sql: text, parameters } = query.compile()
  return async (...values: Values): Promise<Row[]> => {
    if (values.length !== parameters.length)
      throw new Error(`compiledOnce: ${parameters.length} values expected, ${values.length} given`)
    return (await sql.executeQuery(CompiledQuery.raw(text, [...values]) as CompiledQuery<Row>)).rows
  }
}
