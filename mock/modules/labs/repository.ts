import type { Sql } from '../../db/engine'
import { arg, compiledReader } from '../../db/compiled-once'

export interface SamplingRow {
  id: string
  user_id: string
  lab_id: string
  service: 'air' | 'product'
  day: string
  slot: 'am' | 'pm'
  address: string
  contact: string
  phone: string
  report_json: string | null
  created_at: string
}

/**
 * A booking as a viewer sees it, read in one query: its lab's name (null when the lab is gone;
 * a lab taken off keeps its bookings) and whether the viewer is staff of its lab now (a live
 * lab grant for it), which lets them see and report it.
 */
export interface ViewedSamplingRow extends SamplingRow {
  lab_name: string | null
  viewer_is_staff: number
}

export function createTestingRepo(sql: Sql) {
  const byIdQuery = compiledReader(
    sql,
    sql.selectFrom('sampling_bookings').selectAll().where('id', '=', arg(0)),
  )
  // What the booking pages read on every look, compiled once; `viewer` is the last argument.
  const viewed = (viewer: string) =>
    sql
      .selectFrom('sampling_bookings as b')
      .leftJoin('labs as l', 'l.id', 'b.lab_id')
      .selectAll('b')
      .select('l.name as lab_name')
      .select((eb) =>
        eb
          .case()
          .when(
            eb.exists(
              eb
                .selectFrom('role_grants as g')
                .select('g.id')
                .where('g.user_id', '=', viewer)
                .where('g.kind', '=', 'lab')
                .where('g.revoked_at', 'is', null)
                .whereRef('g.scope_id', '=', 'b.lab_id'),
            ),
          )
          .then(1)
          .else(0)
          .end()
          .as('viewer_is_staff'),
      )
  const viewedByIdQuery = compiledReader(sql, viewed(arg(1)).where('b.id', '=', arg(0)))
  const viewedOfUserQuery = compiledReader(
    sql,
    viewed(arg(0)).where('b.user_id', '=', arg(0)).orderBy('b.created_at', 'desc').orderBy('b.id'),
  )
  // A lab's staff see the bookings of each lab they hold a live grant for, lab by lab.
  const viewedOfStaffQuery = compiledReader(
    sql,
    viewed(arg(0))
      .innerJoin('role_grants as s', 's.scope_id', 'b.lab_id')
      .where('s.user_id', '=', arg(0))
      .where('s.kind', '=', 'lab')
      .where('s.revoked_at', 'is', null)
      .orderBy('s.scope_id')
      .orderBy('b.day')
      .orderBy('b.slot')
      .orderBy('b.created_at'),
  )
  return {
    find: async (id: string) => (await byIdQuery(id))[0] as SamplingRow | undefined,
    /** The booking as `viewer` sees it (`ViewedSamplingRow`). */
    viewedById: async (id: string, viewer: string) =>
      (await viewedByIdQuery(id, viewer))[0] as ViewedSamplingRow | undefined,
    /** The user's own bookings, latest first, as they see them. */
    viewedOfUser: (userId: string) => viewedOfUserQuery(userId) as Promise<ViewedSamplingRow[]>,
    /** The bookings of every lab the user is staff of now, lab by lab, as they see them. */
    viewedOfStaff: (userId: string) => viewedOfStaffQuery(userId) as Promise<ViewedSamplingRow[]>,
    insert: async (row: Omit<SamplingRow, 'report_json'>) => {
      await sql.insertInto('sampling_bookings').values(row).execute()
    },
    /** One report per booking: the second writer finds it set and gets false. */
    saveReport: async (id: string, json: string) => {
      const result = await sql
        .updateTable('sampling_bookings')
        .set({ report_json: json })
        .where('id', '=', id)
        .where('report_json', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
  }
}
