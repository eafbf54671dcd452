import { AsyncLocalStorage } from 'node:async_hooks'
import {
  type CompiledQuery,
  Kysely,
  sql as raw,
  type RawBuilder,
  PostgresDialect,
  SqliteDialect,
  type DatabaseConnection,
  type QueryResult,
  type SqliteDatabase,
  type SqliteStatement,
  type Dialect,
  type Driver,
  type TransactionSettings,
} from 'kysely'
import pg from 'pg'
import type { Db } from './sqlite'
import type { DB } from './schema'

/** The typed query builder over either engine; repositories take this, never a driver. */
export type Sql = Kysely<DB>

interface Open {
  driver: AmbientDriver
  connection: DatabaseConnection
  /** Work to run once the transaction has committed and given its connection back. */
  afterCommit: (() => Promise<void>)[]
}

const open = new AsyncLocalStorage<Open>()
/** Transactions running now, on every driver of this process. */
let running = 0

/**
 * `open.run`, with the storage switched off again once no transaction runs: while it is on,
 * Node tracks every promise of every request (async_hooks), which cost read-only routes, that
 * never open a transaction, about a tenth of their CPU time. `run` switches it back on.
 */
async function runOpen<T>(store: Open, work: () => Promise<T>): Promise<T> {
  running += 1
  try {
    return await open.run(store, work)
  } finally {
    running -= 1
    if (running === 0) open.disable()
  }
}

/**
 * While `inTransaction` runs, every query of that async flow goes to the transaction's
 * connection, whoever issues it: repositories never pass a transaction around, and none can
 * deadlock by asking the pool (on SQLite, the one connection) for another.
 */
class AmbientDriver implements Driver {
  #ready: Promise<void> | undefined
  /** Connections asked for and not yet given back (see `readAtOnce`). */
  #held = 0
  readonly #atOnce: AtOnceConnection | undefined

  /** `sqlite`: the database behind SQLite's one connection, for queries run at once. */
  constructor(
    readonly inner: Driver,
    sqlite?: SqliteDatabase,
  ) {
    this.#atOnce = sqlite && new AtOnceConnection(this, sqlite)
  }

  /** No query or transaction holds a connection or waits for one. */
  get idle(): boolean {
    return this.#held === 0
  }

  init(): Promise<void> {
    return (this.#ready ??= this.inner.init())
  }

  acquireConnection(): Promise<DatabaseConnection> {
    const current = open.getStore()
    if (current?.driver === this) return Promise.resolve(current.connection)
    if (this.#atOnce) return Promise.resolve(this.#atOnce)
    return this.heldConnection()
  }

  /** The connection in turn with every other query and transaction (SQLite's mutex, a pool). */
  heldConnection(): Promise<DatabaseConnection> {
    this.#held += 1
    return this.inner.acquireConnection()
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    if (connection === this.#atOnce) return Promise.resolve()
    if (open.getStore()?.connection === connection) return Promise.resolve()
    this.#held -= 1
    return this.inner.releaseConnection(connection)
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings)
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection)
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection)
  }

  destroy(): Promise<void> {
    return this.inner.destroy()
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (open.getStore()?.driver === this) return work()
    await this.init()
    this.#held += 1
    let connection: DatabaseConnection
    try {
      connection = await this.inner.acquireConnection()
    } catch (error) {
      this.#held -= 1
      throw error
    }
    const afterCommit: (() => Promise<void>)[] = []
    let result: T
    try {
      await this.inner.beginTransaction(connection, {})
      try {
        const ambient = this.#atOnce ? connection : new OneAtATime(connection)
        result = await runOpen({ driver: this, connection: ambient, afterCommit }, work)
      } catch (error) {
        await this.inner.rollbackTransaction(connection)
        throw error
      }
      await this.inner.commitTransaction(connection)
    } finally {
      this.#held -= 1
      await this.inner.releaseConnection(connection)
    }
    for (const then of afterCommit) await then()
    return result
  }

  /** Runs `then` after the open transaction commits (never if it rolls back), or now without one. */
  async afterCommit(then: () => Promise<void>): Promise<void> {
    const current = open.getStore()
    if (current?.driver === this) current.afterCommit.push(then)
    else await then()
  }
}

/**
 * A transaction's connection on PostgreSQL, lent to every query of its async flow: queries
 * issued together (`Promise.all`) run one after another, as pg queues them today — pg 9 will
 * refuse a query sent while another runs. (SQLite's queries run synchronously, one at a time.)
 */
class OneAtATime implements DatabaseConnection {
  #last: Promise<unknown> = Promise.resolve()

  constructor(readonly inner: DatabaseConnection) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = this.#last.then(() => this.inner.executeQuery<R>(query))
    this.#last = result.catch(() => undefined)
    return result
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number) {
    let done = () => {}
    const previous = this.#last
    this.#last = new Promise<void>((resolve) => (done = resolve))
    try {
      await previous
      yield* this.inner.streamQuery<R>(query, chunkSize)
    } finally {
      done()
    }
  }
}

/**
 * What Kysely is lent for a query outside a transaction on SQLite: the query runs right away,
 * synchronously, when the one connection is free (nothing holds or awaits it, so no transaction
 * is open whose uncommitted rows it would see or join), without the driver's mutex and its
 * promises; otherwise it waits its turn as before. better-sqlite3 runs a statement to its end
 * synchronously, so nothing can start a transaction between the check and the run.
 */
class AtOnceConnection implements DatabaseConnection {
  constructor(
    readonly driver: AmbientDriver,
    readonly database: SqliteDatabase,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.driver.idle) return Promise.resolve(runAtOnce<R>(this.database, query))
    return this.inTurn((connection) => connection.executeQuery<R>(query))
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number) {
    const connection = await this.driver.heldConnection()
    try {
      yield* connection.streamQuery<R>(query, chunkSize)
    } finally {
      await this.driver.releaseConnection(connection)
    }
  }

  private async inTurn<T>(work: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
    const connection = await this.driver.heldConnection()
    try {
      return await work(connection)
    } finally {
      await this.driver.releaseConnection(connection)
    }
  }
}

/** A statement run as Kysely's SQLite connection runs it, with the same result. */
function runAtOnce<R>(
  database: SqliteDatabase,
  { sql, parameters }: CompiledQuery,
): QueryResult<R> {
  const statement = database.prepare(sql)
  if (statement.reader) return { rows: statement.all(parameters) as R[] }
  const { changes, lastInsertRowid } = statement.run(parameters)
  return {
    numAffectedRows: changes === undefined || changes === null ? undefined : BigInt(changes),
    insertId:
      lastInsertRowid === undefined || lastInsertRowid === null
        ? undefined
        : BigInt(lastInsertRowid),
    rows: [],
  }
}

const drivers = new WeakMap<Sql, AmbientDriver>()
const postgres = new WeakSet<Sql>()

/** For the few expressions the dialects spell differently (see mock/db/README.md). */
export function isPostgres(sql: Sql): boolean {
  return postgres.has(sql)
}

/**
 * Within a transaction, takes turns with every other transaction holding the same `key` (a
 * PostgreSQL advisory lock released at commit), for numbering by count + 1. SQLite's one writer
 * already takes turns.
 */
export async function inTurn(sql: Sql, key: string): Promise<void> {
  if (isPostgres(sql)) await raw`SELECT pg_advisory_xact_lock(hashtext(${key}))`.execute(sql)
}

/**
 * The order rows were written in, to break ties in time: SQLite's rowid; on PostgreSQL the row's
 * place in the table (exact for rows never updated, like audit trails and messages).
 */
export function writtenOrder(sql: Sql, alias?: string): RawBuilder<unknown> {
  const column = isPostgres(sql) ? 'ctid' : 'rowid'
  return raw.raw(alias ? `${alias}.${column}` : column)
}

function withAmbientTransactions(dialect: Dialect, sqlite?: SqliteDatabase): Sql {
  const driver = new AmbientDriver(dialect.createDriver(), sqlite)
  const sql = new Kysely<DB>({
    dialect: {
      createDriver: () => driver,
      createAdapter: () => dialect.createAdapter(),
      createQueryCompiler: () => dialect.createQueryCompiler(),
      createIntrospector: (db) => dialect.createIntrospector(db),
    },
  })
  drivers.set(sql, driver)
  return sql
}

/** Distinct statements kept prepared; the app issues a few hundred shapes of query. */
const STATEMENT_CACHE_SIZE = 1000

/**
 * Reuses each prepared statement by its SQL text: Kysely prepares every query anew, which costs
 * more than running a short one. The oldest is dropped past the limit (an `IN (…)` list of each
 * length is a statement of its own). SQLite runs one query at a time on the one connection, so
 * a statement is never run twice at once.
 */
export function preparedOnce(db: Db, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>()
  return {
    close: () => db.close(),
    prepare: (text) => {
      const cached = statements.get(text)
      if (cached) return cached
      const statement = db.prepare(text)
      if (statements.size >= size) statements.delete(statements.keys().next().value ?? '')
      statements.set(text, statement)
      return statement
    },
  }
}

const sqliteDatabases = new WeakMap<Sql, SqliteDatabase>()

export function sqliteSql(db: Db): Sql {
  const database = preparedOnce(db)
  const sql = withAmbientTransactions(new SqliteDialect({ database }), database)
  sqliteDatabases.set(sql, database)
  return sql
}

/**
 * The rows of a read-only query run right now, without a promise or a turn in the connection's
 * queue, when SQLite's one connection is free (nothing holds or awaits it, so no transaction is
 * open whose uncommitted rows it would see); undefined on PostgreSQL or while it is busy, and the
 * caller runs the query the usual way. For the reads every request makes (session, calendar).
 */
export function readAtOnce<Row>(sql: Sql, query: CompiledQuery<Row>): Row[] | undefined {
  const database = sqliteDatabases.get(sql)
  if (!database || !drivers.get(sql)?.idle) return undefined
  return database.prepare(query.sql).all(query.parameters) as Row[]
}

/** The rows of a read-only query: at once when SQLite's connection is free (`readAtOnce`), else queued. */
export async function readRows<Row>(sql: Sql, query: CompiledQuery<Row>): Promise<Row[]> {
  return readAtOnce(sql, query) ?? (await sql.executeQuery(query)).rows
}

export function postgresSql(connectionString: string, max = 10): Sql {
  const pool = new pg.Pool({ connectionString, max })
  // An idle connection the database ended (restart, failover, administrator): the pool has
  // dropped it and opens another on the next query; unheard, the error would end the process.
  pool.on('error', () => undefined)
  const sql = withAmbientTransactions(new PostgresDialect({ pool }))
  postgres.add(sql)
  return sql
}

/**
 * Runs `work` in one transaction, joining the one this async flow already has open. On SQLite
 * the single connection is held until it ends, so `work` must await only the database: any
 * other wait would hold every other request.
 */
export function inTransaction<T>(sql: Sql, work: () => Promise<T>): Promise<T> {
  const driver = drivers.get(sql)
  if (!driver) throw new Error('inTransaction needs a Sql made by sqliteSql or postgresSql')
  return driver.transaction(work)
}

/**
 * Runs `then` once the transaction this async flow has open commits — never when it rolls
 * back — or right away outside one. `then` must not throw: the caller's work has succeeded.
 */
export function afterCommit(sql: Sql, then: () => Promise<void>): Promise<void> {
  const driver = drivers.get(sql)
  if (!driver) throw new Error('afterCommit needs a Sql made by sqliteSql or postgresSql')
  return driver.afterCommit(then)
}
