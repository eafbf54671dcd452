import type { RawBuilder } from 'kysely'
import { jsonArrayFrom as postgresArray } from 'kysely/helpers/postgres'
import { jsonArrayFrom as sqliteArray } from 'kysely/helpers/sqlite'
import { isPostgres, type Sql } from './engine'

/**
 * A column of rows as read: SQLite answers JSON text, PostgreSQL the parsed array. Read it with
 * `rowsOf`.
 */
export type JsonRows<Row> = Row[] | string

/** A select query (`eb.selectFrom(…)…`) whose rows are read as JSON. */
type RowsQuery<Row> = Parameters<typeof sqliteArray<Row>>[0]

/**
 * The rows of `rows` as one column of the row it is selected into, in `rows`' order: a parent and
 * its children in one statement. Each row comes back as JSON gives it, so select only TEXT,
 * INTEGER and REAL columns (a PostgreSQL BIGINT or COUNT would come back a number, not the string
 * the driver gives; a boolean stays 0/1 only where it is stored as an INTEGER).
 */
export function jsonRows<Row>(sql: Sql, rows: RowsQuery<Row>): RawBuilder<JsonRows<Row>> {
  const array = isPostgres(sql) ? postgresArray(rows) : sqliteArray(rows)
  return array as RawBuilder<unknown> as RawBuilder<JsonRows<Row>>
}

/** The rows of a `jsonRows` column. */
export function rowsOf<Row>(value: JsonRows<Row>): Row[] {
  return typeof value === 'string' ? (JSON.parse(value) as Row[]) : value
}
