import { CompiledQuery, type Compilable } from 'kysely'
import type { Sql } from './engine'

/** Stands for the n-th argument in a query given to `compiledOnce`. */
export const arg = (n: number): string => `\u0000arg${n}`

/**
 * A query Kysely builds and compiles once, run with fresh arguments on every call: on the routes
 * every request takes (the user, their roles), building and compiling cost about as much as the
 * indexed read itself. Write `arg(0)`, `arg(1)`… where the arguments go; constants (a `limit`)
 * stay as compiled. The rows are still read from the database every time.
 */
export function compiledOnce<Row>(
  query: Compilable<Row>,
): (...args: readonly unknown[]) => CompiledQuery<Row> {
  const { sql, parameters } = query.compile()
  const places = parameters.map((value) =>
    typeof value === 'string' && value.startsWith('\u0000arg') ? Number(value.slice(4)) : -1,
  )
  return (...args) =>
    CompiledQuery.raw(
      sql,
      places.map((place, i) => (place === -1 ? parameters[i] : args[place])),
    ) as CompiledQuery<Row>
}

/** `compiledOnce`, run: the rows of the query for these arguments. */
export function compiledReader<Row>(
  sql: Sql,
  query: Compilable<Row>,
): (...args: readonly unknown[]) => Promise<Row[]> {
  const compiled = compiledOnce(query)
  return async (...args) => (await sql.executeQuery(compiled(...args))).rows
}

/**
 * `compiledOnce` for a query of a module-level function that is handed its database on each
 * call (a version read): compiled once per database.
 */
export function compiledPerDatabase<Row>(
  build: (sql: Sql) => Compilable<Row>,
): (sql: Sql, ...args: readonly unknown[]) => CompiledQuery<Row> {
  const compiled = new WeakMap<Sql, (...args: readonly unknown[]) => CompiledQuery<Row>>()
  return (sql, ...args) => {
    let query = compiled.get(sql)
    if (!query) {
      query = compiledOnce(build(sql))
      compiled.set(sql, query)
    }
    return query(...args)
  }
}
