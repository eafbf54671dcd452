import { sql as raw } from 'kysely'
import type { Sql } from '../../db/engine'
import { arg, compiledReader } from '../../db/compiled-once'

/** A zone with its point's name and one of its live codes per row (no code: null fields). */
export interface ZoneCodeRow {
  id: string
  name: string
  point_id: string
  description: string
  point_name: string | null
  code_id: string | null
  kind: 'guide' | 'queue' | 'zone' | 'campaign' | null
  target_id: string | null
  title: string | null
}

/** A ticket with its point's name and the waiting numbers before it that day. */
export interface ViewedTicketRow {
  id: string
  point_id: string
  day: string
  number: number
  user_id: string
  status: 'waiting' | 'called'
  taken_at: string
  point_name: string | null
  ahead: number | string | bigint
}

export interface ViewedCampaignRow {
  id: string
  title: string
  description: string
  benefits_json: string
  claimed_at: string | null
}

/**
 * What the resident pages of 一码通 read on every look — a zone's page, a queue number, a
 * campaign — each in one query compiled once, rather than one per part.
 */
export function createQrPageReads(sql: Sql) {
  const zoneQuery = compiledReader(
    sql,
    sql
      .selectFrom('qr_zones as z')
      .leftJoin('service_points as p', 'p.id', 'z.point_id')
      .leftJoin('qr_codes as c', (join) =>
        join
          .onRef('c.zone_id', '=', 'z.id')
          .on('c.kind', '<>', 'zone')
          .on('c.revoked_at', 'is', null),
      )
      .select(['z.id', 'z.name', 'z.point_id', 'z.description', 'p.name as point_name'])
      .select(['c.id as code_id', 'c.kind', 'c.target_id', 'c.title'])
      .where('z.id', '=', arg(0))
      .orderBy('c.position'),
  )
  const ticketQuery = compiledReader(
    sql,
    sql
      .selectFrom('queue_tickets as t')
      .leftJoin('service_points as p', 'p.id', 't.point_id')
      .select(['t.id', 't.point_id', 't.day', 't.number', 't.user_id', 't.status', 't.taken_at'])
      .select('p.name as point_name')
      .select((eb) =>
        eb
          .selectFrom('queue_tickets as w')
          .select((count) => count.fn.countAll().as('n'))
          .whereRef('w.point_id', '=', 't.point_id')
          .whereRef('w.day', '=', 't.day')
          .whereRef('w.number', '<', 't.number')
          // A literal: bound, SQLite plans the count without the waiting numbers' partial index.
          .where('w.status', '=', raw.lit('waiting'))
          .as('ahead'),
      )
      .where('t.id', '=', arg(0)),
  )
  const campaignQuery = compiledReader(
    sql,
    sql
      .selectFrom('campaigns as c')
      .leftJoin('campaign_claims as k', (join) =>
        join.onRef('k.campaign_id', '=', 'c.id').on('k.user_id', '=', arg(1)),
      )
      .select(['c.id', 'c.title', 'c.description', 'c.benefits_json', 'k.claimed_at'])
      .where('c.id', '=', arg(0)),
  )
  return {
    /** The zone's rows in the order of its wall; none when there is no such zone. */
    zone: (id: string) => zoneQuery(id) as Promise<ZoneCodeRow[]>,
    ticket: async (id: string) => (await ticketQuery(id))[0] as ViewedTicketRow | undefined,
    /** The campaign with when `userId` claimed it. */
    campaign: async (id: string, userId: string) =>
      (await campaignQuery(id, userId))[0] as ViewedCampaignRow | undefined,
  }
}
