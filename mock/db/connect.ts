import { postgresSql, sqliteSql, type Sql } from './engine'
import { openDatabase } from './open'
import { migratePostgres } from './postgres/migrate'
import { seedPostgres } from './postgres/seed'
import { addMissingPolicies } from '../modules/policy/seed'
import { addMissingLoanProducts } from '../modules/finance/seed'
import type { Db } from './sqlite'

export interface DatabaseOptions {
  /** The embedded SQLite file (`':memory:'` in tests); used unless `databaseUrl` is set. */
  databasePath?: string
  /** `postgres://…`: the production engine, shared by every instance. */
  databaseUrl?: string
}

export interface Database {
  sql: Sql
  /** The SQLite handle (seeds and tests); absent on PostgreSQL. */
  sqlite?: Db
  /** Brings the schema and the reference data up to date; SQLite is ready on open. */
  ready: () => Promise<void>
  /** After the connections are closed (a throwaway test database drops itself). */
  dispose?: () => Promise<void>
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url)
}

/** The embedded database of `npm start` when nothing else is named. */
export const DEFAULT_DATABASE_PATH = '.data/app.db'

export function connectDatabase(options: DatabaseOptions): Database {
  if (options.databaseUrl !== undefined) {
    if (!isPostgresUrl(options.databaseUrl))
      throw new Error('DATABASE_URL 必须以 postgres:// 开头（不设则用内置的 SQLite）')
    const sql = postgresSql(options.databaseUrl)
    let prepared: Promise<void> | undefined
    const prepare = async () => {
      await migratePostgres(sql)
      await seedPostgres(sql)
      await addMissingPolicies(sql)
      await addMissingLoanProducts(sql)
    }
    return { sql, ready: () => (prepared ??= prepare()) }
  }
  const sqlite = openDatabase(options.databasePath ?? DEFAULT_DATABASE_PATH)
  return { sql: sqliteSql(sqlite), sqlite, ready: () => Promise.resolve() }
}

/** `DATABASE_URL` (PostgreSQL) when set, else the SQLite file `DATABASE_PATH` (default .data/app.db). */
export function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  const url = env.DATABASE_URL
  return url ? { databaseUrl: url } : { databasePath: env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH }
}
