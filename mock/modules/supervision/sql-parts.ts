import { sql as raw, type Expression, type RawBuilder, type SqlBool } from 'kysely'
import { isPostgres, type Sql } from '../../db/engine'

/** Records written by `npm run demo:history` carry this id prefix (示例/演示数据). */
export const DEMO_PREFIX = 'demo-'

/**
 * The Beijing date (`YYYY-MM-DD`) of an ISO-8601 UTC timestamp column, in SQL: grouping by it
 * needs the database to know the day. Nothing is bound, so the same text can be grouped by.
 */
export function beijingDay(sql: Sql, column: string): RawBuilder<string> {
  return isPostgres(sql)
    ? raw<string>`to_char((${raw.ref(column)})::timestamptz AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`
    : raw<string>`date(${raw.ref(column)}, '+8 hours')`
}

/** `SUM(CASE WHEN condition THEN 1 ELSE 0 END)`: a count within a group. */
export function countWhere(condition: Expression<SqlBool>): RawBuilder<string | number | null> {
  return raw<string | number | null>`sum(case when ${condition} then 1 else 0 end)`
}

/** How many rows of the group are demo records (by their id; the pattern a literal, not bound). */
export function demoCount(column = 'id'): RawBuilder<string | number | null> {
  return raw<
    string | number | null
  >`sum(case when ${raw.ref(column)} like ${raw.lit(DEMO_PREFIX + '%')} then 1 else 0 end)`
}

/** COUNT and SUM come back as strings on PostgreSQL, and SUM of no rows as null. */
export const num = (value: string | number | bigint | null | undefined): number =>
  value === null || value === undefined ? 0 : Number(value)

/** part ÷ whole, or null when nothing was counted. */
export const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : part / whole

/** One decimal place for averages and days. */
export const round1 = (value: number) => Math.round(value * 10) / 10

/**
 * `a.localeCompare(b, 'zh')` with one collator: `localeCompare` with a locale builds a collator
 * on every call, which cost more than the rest of a sort.
 */
export const byZh = new Intl.Collator('zh').compare
/** `a.localeCompare(b)` (the default locale) with one collator. */
export const byDefaultLocale = new Intl.Collator().compare
