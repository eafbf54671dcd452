import { sql as raw, type Insertable } from 'kysely'
import { arg, compiledReader } from '../../db/compiled-once'
import { writtenOrder, type Sql } from '../../db/engine'
import type { QrScans } from '../../db/schema'
import { lockPoint } from '../points/lock'
import { createQrPageReads } from './page-reads'

export interface QrCodeRow {
  id: string
  kind: 'guide' | 'queue' | 'zone' | 'campaign'
  target_id: string
  title: string
  zone_id: string | null
  position: number
  expires_at: string | null
  revoked_at: string | null
}
export interface ZoneRow {
  id: string
  name: string
  point_id: string
  description: string
}
export interface TicketRow {
  id: string
  point_id: string
  day: string
  number: number
  user_id: string
  status: 'waiting' | 'called'
  taken_at: string
}

type NewCode = Omit<QrCodeRow, 'revoked_at' | 'position'> & { created_at: string }
const CODE_COLUMNS = [
  'id',
  'kind',
  'target_id',
  'title',
  'zone_id',
  'position',
  'expires_at',
  'revoked_at',
] as const
const TICKET_COLUMNS = ['id', 'point_id', 'day', 'number', 'user_id', 'status', 'taken_at'] as const

export function createQrRepo(sql: Sql) {
  const codes = () =>
    sql.selectFrom('qr_codes').select(CODE_COLUMNS).$narrowType<Pick<QrCodeRow, 'kind'>>()
  const tickets = () =>
    sql.selectFrom('queue_tickets').select(TICKET_COLUMNS).$narrowType<Pick<TicketRow, 'status'>>()
  const zones = () => sql.selectFrom('qr_zones').select(['id', 'name', 'point_id', 'description'])
  // “扫码记录”, read on every visit: built and compiled once.
  const scansQuery = compiledReader(
    sql,
    sql
      .selectFrom('qr_scans')
      .select(['id', 'official', 'title', 'at'])
      .where('user_id', '=', arg(0))
      .orderBy('at', 'desc')
      // Scans of the same millisecond: the later one first.
      .orderBy(writtenOrder(sql), 'desc')
      // A literal limit: SQLite runs a query whose LIMIT is bound ~7–12 µs slower.
      .limit(raw.lit(50)),
  )

  return {
    /** The resident pages' reads, one query each. */
    pages: createQrPageReads(sql),
    code: (id: string) => codes().where('id', '=', id).executeTakeFirst(),
    zoneCodes: (zoneId: string) =>
      codes()
        .where('zone_id', '=', zoneId)
        .where('kind', '<>', 'zone')
        .where('revoked_at', 'is', null)
        .orderBy('position')
        .execute(),
    insertCode: async (row: NewCode) => {
      await sql.insertInto('qr_codes').values(row).execute()
    },
    revoke: async (id: string, at: string): Promise<boolean> => {
      const result = await sql
        .updateTable('qr_codes')
        .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at)) }))
        .where('id', '=', id)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    },
    zone: (id: string) => zones().where('id', '=', id).executeTakeFirst(),
    /** The code that opens the zone page itself (printed at the top of its wall). */
    zoneCodeId: async (zoneId: string) =>
      (
        await sql
          .selectFrom('qr_codes')
          .select('id')
          .where('zone_id', '=', zoneId)
          .where('kind', '=', 'zone')
          .where('revoked_at', 'is', null)
          .limit(1)
          .executeTakeFirst()
      )?.id,
    zones: () => zones().orderBy('sort_order').execute(),
    recordScan: async (row: Insertable<QrScans>) => {
      await sql.insertInto('qr_scans').values(row).execute()
    },
    scans: (userId: string) => scansQuery(userId),
    /**
     * Gives the user the point's next number of the day, unless they already wait there (the
     * unique index `queue_tickets_one_waiting`: null then). The point's row is held meanwhile,
     * so numbers are handed out one at a time across server processes.
     */
    takeNumber: async (row: Omit<TicketRow, 'status' | 'number'>): Promise<number | null> => {
      await lockPoint(sql, row.point_id)
      const { last } = await sql
        .selectFrom('queue_tickets')
        .select((eb) => eb.fn.max('number').as('last'))
        .where('point_id', '=', row.point_id)
        .where('day', '=', row.day)
        .executeTakeFirstOrThrow()
      const number = Number(last ?? 0) + 1
      const result = await sql
        .insertInto('queue_tickets')
        .values({ ...row, number })
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? number : null
    },
    ticket: (id: string) => tickets().where('id', '=', id).executeTakeFirst(),
    /** One waiting number per person and point: the next honest person must not wait for 100. */
    waitingTicketOf: (userId: string, pointId: string, day: string) =>
      tickets()
        .where('user_id', '=', userId)
        .where('point_id', '=', pointId)
        .where('day', '=', day)
        .where('status', '=', 'waiting')
        .executeTakeFirst(),
    ahead: async (t: TicketRow): Promise<number> => {
      const { n } = await sql
        .selectFrom('queue_tickets')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('point_id', '=', t.point_id)
        .where('day', '=', t.day)
        .where('number', '<', t.number)
        .where('status', '=', 'waiting')
        .executeTakeFirstOrThrow()
      return Number(n)
    },
    /**
     * Calls the point's first waiting number of the day. Two windows calling at once skip a
     * ticket another has just called (`FOR UPDATE SKIP LOCKED` would be PostgreSQL only; a
     * conditional update is both), so no ticket is called twice.
     */
    callNext: async (pointId: string, day: string, at: string): Promise<TicketRow | undefined> => {
      for (;;) {
        const next = await tickets()
          .where('point_id', '=', pointId)
          .where('day', '=', day)
          .where('status', '=', 'waiting')
          .orderBy('number')
          .limit(1)
          .executeTakeFirst()
        if (!next) return undefined
        const result = await sql
          .updateTable('queue_tickets')
          .set({ status: 'called', called_at: at })
          .where('id', '=', next.id)
          .where('status', '=', 'waiting')
          .executeTakeFirst()
        if (Number(result.numUpdatedRows) === 1) return { ...next, status: 'called' }
      }
    },
    /** Claims once per user (the primary key); true when this call made the claim. */
    claim: async (campaignId: string, userId: string, at: string): Promise<boolean> => {
      const result = await sql
        .insertInto('campaign_claims')
        .values({ campaign_id: campaignId, user_id: userId, claimed_at: at })
        .onConflict((conflict) => conflict.columns(['campaign_id', 'user_id']).doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1
    },
  }
}

export type QrRepo = ReturnType<typeof createQrRepo>
