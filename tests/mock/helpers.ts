import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import Database from 'better-sqlite3'
import { connectDatabase, type Database as AppDatabase } from '../../mock/db/connect'
import type { Sql } from '../../mock/db/engine'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { buildApp, type AppOptions } from '../../mock/app'
import type { Entity, Person } from '../../mock/modules/account/identity/registry'
import { idNumberCheckChar, usccCheckChar } from '../../src/services/contract'
import type { RegisteredPerson } from '../support/people'
import { CLUSTER_ENV, ENGINE_ENV, TEMPLATE_ENV } from '../support/backend-postgres-setup'
import { templateCopy, templatedDatabase } from '../support/postgres-template'

export function fakeClock(start = '2026-03-02T09:00:00+08:00') {
  let ms = new Date(start).getTime()
  return {
    now: () => new Date(ms),
    advance: (delta: number) => {
      ms += delta
    },
  }
}

function postgresRun(): { cluster: string; template: string } | null {
  const cluster = process.env[CLUSTER_ENV]
  const template = process.env[TEMPLATE_ENV]
  if (process.env[ENGINE_ENV] !== 'postgres' || !cluster || !template) return null
  return { cluster, template }
}

/** True in the `backend-postgres` project. */
export const onPostgres = () => postgresRun() !== null

/**
 * The app's database: the one the test chose, else on PostgreSQL (`backend-postgres` project)
 * its own copy of the seeded template, else SQLite in memory.
 */
function databaseOf(options: Partial<AppOptions>): AppDatabase {
  if (options.database) return options.database
  if (options.databaseUrl !== undefined || options.databasePath !== undefined)
    return connectDatabase(options)
  const run = postgresRun()
  if (run) return templatedDatabase(run.cluster, run.template)
  return connectDatabase({ databasePath: ':memory:' })
}

/**
 * `sql` is the app's own query builder (Kysely), for tests to check what the server stored or to
 * set rows up on either engine; it is ready once the app is (`await app.ready()`).
 * Rate limits are raised ×1000 here: suites call from one address on a clock that stands still.
 * The real limits are checked in tests/mock/security/rate-limits.test.ts (`rateLimitFactor: 1`).
 */
export function testApp(options: Partial<AppOptions> = {}) {
  const clock = fakeClock()
  const database = databaseOf(options)
  const app = buildApp({
    databasePath: ':memory:',
    now: clock.now,
    rateLimitFactor: 1000,
    ...options,
    database,
  })
  return { app, clock, sql: database.sql }
}

/**
 * A seeded database on the run's engine without an app (for repositories and services on their
 * own); `close()` when done.
 */
export async function testDatabase(): Promise<{ sql: Sql; close: () => Promise<void> }> {
  const database = databaseOf({})
  await database.ready()
  return {
    sql: database.sql,
    close: async () => {
      await database.sql.destroy()
      await database.dispose?.()
    },
  }
}

/**
 * One database that apps open in turn (to test a restart), on the run's engine: a SQLite file,
 * or a copy of the PostgreSQL template. Pass `open()` as an app's `database`; `remove()` at the end.
 */
export function sharedDatabase() {
  const run = postgresRun()
  if (run) return templateCopy(run.cluster, run.template)
  const dir = mkdtempSync(join(tmpdir(), 'qs-mock-'))
  const path = join(dir, 'app.db')
  return {
    open: () => connectDatabase({ databasePath: path }),
    remove: () => {
      rmSync(dir, { recursive: true, force: true })
      return Promise.resolve()
    },
  }
}

/** A SQLite file the test can also read directly (suites about SQLite itself). */
export function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'qs-mock-'))
  const path = join(dir, 'app.db')
  return {
    path,
    read<T>(sql: string, ...params: unknown[]): T[] {
      const db = new Database(path, { readonly: true })
      try {
        return db.prepare<unknown[], T>(sql).all(...params)
      } finally {
        db.close()
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

export function logCapture() {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString())
      callback()
    },
  })
  return { stream, text: () => chunks.join('') }
}

let addressCounter = 0
/** Each sign-in from its own address, so tests do not trip the per-IP sign-in limit. */
export async function login(app: FastifyInstance, code = 'dev:device-1'): Promise<string> {
  addressCounter += 1
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/wechat-login',
    payload: { code },
    remoteAddress: `10.0.${Math.floor(addressCounter / 250)}.${addressCounter % 250}`,
  })
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`)
  return json<{ data: { token: string } }>(response).data.token
}

export function json<T = { data: unknown }>(response: LightMyRequestResponse): T {
  return JSON.parse(response.body) as T
}

export interface ErrorJson {
  error: { code: string; message: string; fields?: Record<string, string> }
}

export function authed(token: string, options: InjectOptions): InjectOptions {
  return { ...options, headers: { ...options.headers, authorization: `Bearer ${token}` } }
}

/** A valid 居民身份证号 of 青山区 (150204) with the given birth date and sequence. */
export function makeIdNumber(birth = '19900307', sequence = '123', region = '150204'): string {
  const body = `${region}${birth}${sequence}`
  return body + idNumberCheckChar(body)
}

/** A valid 统一社会信用代码 of a 青山区 company. */
export function makeUscc(organisation = 'MA0N12345'): string {
  const body = `91150204${organisation}`
  return body + usccCheckChar(body)
}

/** Same code, last character swapped for another valid-looking one. */
export function breakCheckChar(code: string): string {
  const last = code.slice(-1)
  return code.slice(0, -1) + (last === '1' ? '2' : '1')
}

export { FIRMS, PEOPLE, SOFTWARE_PROFILE, type RegisteredPerson } from '../support/people'

/** A fictional 人口库 resident, for tests that need more people than the seed has. */
export function fictionalPerson(name: string, sequence: string, birth = '19800101'): Person {
  return {
    name,
    idNumber: makeIdNumber(birth, sequence),
    phone: `1390000${sequence.padStart(4, '0')}`,
    address: `内蒙古自治区包头市青山区测试路${Number(sequence)}号`,
    idCardIssuedOn: '2020-01-01',
    idCardValidUntil: null,
  }
}

/** A fictional firm of the 市场主体 register with `rep` as its 法定代表人. */
export function fictionalFirm(name: string, organisation: string, rep: Person): Entity {
  return {
    name,
    uscc: makeUscc(organisation),
    kind: '有限责任公司（自然人独资）',
    legalRepName: rep.name,
    legalRepIdNumber: rep.idNumber,
    foundedOn: '2020-01-01',
  }
}

/** The code the dev verifier "sent" to the person's phone on file, read from the outbox. */
export async function outboxCode(app: FastifyInstance, token: string): Promise<string> {
  const outbox = json<{ data: { items: { text: string }[] } }>(
    await app.inject(authed(token, { method: 'GET', url: '/api/v1/dev/outbox' })),
  )
  const code = /验证码为(\d{6})/.exec(outbox.data.items[0]?.text ?? '')?.[1]
  if (!code) throw new Error('no code in the dev outbox')
  return code
}

/** 实名核验 as a person of the 人口库: start, read the "SMS", confirm. */
export async function verifyAs(
  app: FastifyInstance,
  token: string,
  person: RegisteredPerson,
): Promise<void> {
  const started = await app.inject(
    authed(token, { method: 'POST', url: '/api/v1/me/identity/verifications', payload: person }),
  )
  if (started.statusCode !== 200) throw new Error(`verification refused: ${started.body}`)
  const { id } = json<{ data: { id: string } }>(started).data
  const confirmed = await app.inject(
    authed(token, {
      method: 'POST',
      url: `/api/v1/me/identity/verifications/${id}/confirm`,
      payload: { code: await outboxCode(app, token) },
    }),
  )
  if (confirmed.statusCode !== 200) throw new Error(`verification failed: ${confirmed.body}`)
}

/** Verifies as the firm's 法定代表人, binds the firm and acts as it; answers its enterprise id. */
export async function actAsFirm(
  app: FastifyInstance,
  token: string,
  firm: { name: string; uscc: string; rep: RegisteredPerson },
): Promise<string> {
  await verifyAs(app, token, firm.rep)
  const bound = await app.inject(
    authed(token, {
      method: 'POST',
      url: '/api/v1/me/enterprises',
      headers: { 'idempotency-key': `bind-${firm.uscc}` },
      payload: { name: firm.name, uscc: firm.uscc },
    }),
  )
  if (bound.statusCode !== 201) throw new Error(`binding refused: ${bound.body}`)
  const profile = json<{ data: { enterprises: { id: string; name: string }[] } }>(bound).data
  const id = profile.enterprises.find((e) => e.name === firm.name)?.id ?? ''
  await app.inject(
    authed(token, {
      method: 'PUT',
      url: '/api/v1/me/active-identity',
      payload: { enterpriseId: id },
    }),
  )
  return id
}
