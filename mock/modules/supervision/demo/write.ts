import type { Insertable } from 'kysely'
import { inTransaction, type Sql } from '../../../db/engine'
import type { DB } from '../../../db/schema'
import { DEMO_PREFIX } from '../sql-parts'
import { DEMO_HELPERS, DEMO_USERS, demoId } from './ids'
import type { CasePlan } from './plan-cases'

export interface DemoRows extends CasePlan {
  appointments: Insertable<DB['appointments']>[]
  scans: Insertable<DB['qr_scans']>[]
}

export interface DemoCounts {
  cases: number
  events: number
  complaints: number
  appointments: number
  scans: number
}

const HALL_PHONE = '0472-3360123'
/** Rows per INSERT: well under PostgreSQL's 65 535 bound parameters for the widest table. */
const CHUNK = 200

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK))
}

/** Whether the database already holds a demo history (the generator then adds nothing). */
export async function hasDemoHistory(sql: Sql): Promise<boolean> {
  const found = await sql
    .selectFrom('cases')
    .select('id')
    .where('id', 'like', `${DEMO_PREFIX}%`)
    .limit(1)
    .executeTakeFirst()
  return found !== undefined
}

/** Writes the whole history in one transaction; ids already present are skipped. */
export async function writeHistory(sql: Sql, rows: DemoRows, at: string): Promise<void> {
  await inTransaction(sql, async () => {
    const users = Array.from({ length: DEMO_USERS }, (_, i) => ({
      id: demoId('user', i + 1),
      openid: `${DEMO_PREFIX}${i + 1}`,
      nickname: `演示用户${String(i + 1).padStart(4, '0')}`,
      created_at: at,
    }))
    const helperUsers = DEMO_HELPERS.map((h) => ({
      id: h.id,
      openid: h.id,
      nickname: `${h.desk} ${h.name}`,
      created_at: at,
    }))
    await inChunks([...users, ...helperUsers], (chunk) =>
      sql
        .insertInto('users')
        .values(chunk)
        .onConflict((c) => c.doNothing())
        .execute(),
    )
    // No helper role grant: the intake never assigns a real case to a demo 帮办员.
    await sql
      .insertInto('case_helpers')
      .values(
        DEMO_HELPERS.map((h) => ({ user_id: h.id, name: h.name, desk: h.desk, phone: HALL_PHONE })),
      )
      .onConflict((c) => c.doNothing())
      .execute()
    await inChunks(rows.cases, (chunk) =>
      sql
        .insertInto('cases')
        .values(chunk)
        .onConflict((c) => c.doNothing())
        .execute(),
    )
    await inChunks(rows.events, (chunk) => sql.insertInto('case_events').values(chunk).execute())
    await inChunks(rows.complaints, (chunk) =>
      sql
        .insertInto('complaints')
        .values(chunk)
        .onConflict((c) => c.doNothing())
        .execute(),
    )
    await inChunks(rows.appointments, (chunk) =>
      sql
        .insertInto('appointments')
        .values(chunk)
        .onConflict((c) => c.doNothing())
        .execute(),
    )
    await inChunks(rows.scans, (chunk) =>
      sql
        .insertInto('qr_scans')
        .values(chunk)
        .onConflict((c) => c.doNothing())
        .execute(),
    )
  })
}

/** Deletes every demo record (`--remove`): the users' cascade takes their cases, bookings, scans… */
export async function removeHistory(sql: Sql): Promise<void> {
  const demo = `${DEMO_PREFIX}%`
  await inTransaction(sql, async () => {
    await sql.deleteFrom('complaints').where('id', 'like', demo).execute()
    await sql.deleteFrom('case_events').where('case_id', 'like', demo).execute()
    await sql.deleteFrom('cases').where('id', 'like', demo).execute()
    await sql.deleteFrom('appointments').where('id', 'like', demo).execute()
    await sql.deleteFrom('qr_scans').where('id', 'like', demo).execute()
    await sql.deleteFrom('case_helpers').where('user_id', 'like', demo).execute()
    await sql.deleteFrom('users').where('id', 'like', demo).execute()
  })
}
