import { sql as raw } from 'kysely'
import { readRows, type Sql } from '../../db/engine'
import { arg, compiledOnce, compiledReader } from '../../db/compiled-once'
import { catalogCache } from '../catalog/version-cache'
import { lockPoint } from '../points/lock'

export interface AppointmentRow {
  id: string
  code: string
  user_id: string
  item_id: string
  point_id: string
  day: string
  time: string
  slot_start: string
  slot_end: string
  name: string
  phone: string
  status: 'booked' | 'arrived' | 'cancelled'
  queue_number: number | null
  reminder: 'wechat' | 'none'
  created_at: string
  /** Set when a console change closed the booked time (“因…调整”): the booking needs a new time. */
  closed_reason: string | null
}

/**
 * A booking with what its page shows beside it, read in the same query: the item's and the
 * point's names (null when gone), who booked it under a 代办 grant, and the booking it was moved to.
 */
export interface ViewedAppointmentRow extends AppointmentRow {
  item_name: string | null
  point_name: string | null
  acted_grantee: string | null
  moved_id: string | null
  moved_day: string | null
  moved_time: string | null
}

type NewAppointment = Omit<AppointmentRow, 'status' | 'queue_number' | 'closed_reason'>
type Narrowed = Pick<AppointmentRow, 'status' | 'reminder'>

export function createAppointmentRepo(sql: Sql) {
  const appointments = () => sql.selectFrom('appointments').selectAll().$narrowType<Narrowed>()
  // The availability reads run on every look at a booking calendar: compiled once.
  type Count = number | string | bigint
  // Written out, not bound: SQLite uses the partial indexes on live bookings (`WHERE status <>
  // 'cancelled'`, migrations 6 and 23) only for a query that names the same literal.
  const live = raw.lit('cancelled')
  // The catalog's version, read in the same statement as a calendar's counts: the item and point
  // it is for (kept per version, routes.ts) need no statement of their own. Its row has no slot.
  const versionRow = () =>
    sql
      .selectFrom('catalog_version')
      .select([
        raw<string>`'version'`.as('kind'),
        raw<string>`null`.as('slot'),
        raw<Count>`version`.as('n'),
      ])
  const takenOnDaysQuery = compiledOnce(
    sql
      .selectFrom('appointments')
      .select((eb) => [
        raw<string>`'taken'`.as('kind'),
        eb.ref('slot_start').as('slot'),
        eb.fn.countAll<Count>().as('n'),
        'day',
      ])
      .where('point_id', '=', arg(0))
      .where('day', '>=', arg(1))
      .where('day', '<=', arg(2))
      .where('status', '<>', live)
      .groupBy(['day', 'slot_start'])
      .unionAll(versionRow().select(raw<string>`null`.as('day'))),
  )
  // A booking's own reads run on every look at “我的预约”: compiled once too.
  const byIdQuery = compiledReader(sql, appointments().where('id', '=', arg(0)))
  const viewed = () =>
    sql
      .selectFrom('appointments as a')
      .leftJoin('catalog_items as i', 'i.id', 'a.item_id')
      .leftJoin('service_points as p', 'p.id', 'a.point_id')
      .leftJoin('appointments as n', 'n.id', 'a.moved_to')
      .selectAll('a')
      .select([
        'i.name as item_name',
        'p.name as point_name',
        'n.id as moved_id',
        'n.day as moved_day',
        'n.time as moved_time',
      ])
      .select((eb) =>
        eb
          .selectFrom('proxy_audit as x')
          .innerJoin('proxy_grants as g', 'g.id', 'x.grant_id')
          .select('g.grantee_name')
          .whereRef('x.target_id', '=', 'a.id')
          // A literal limit: SQLite runs a query whose LIMIT is bound ~7–12 µs slower.
          .limit(raw.lit(1))
          .as('acted_grantee'),
      )
  const viewedByIdQuery = compiledReader(sql, viewed().where('a.id', '=', arg(0)))
  const viewedOfUserQuery = compiledReader(
    sql,
    viewed()
      .where('a.user_id', '=', arg(0))
      .orderBy('a.slot_start', 'desc')
      .orderBy('a.created_at', 'desc'),
  )
  const ofUserQuery = compiledReader(
    sql,
    appointments()
      .where('user_id', '=', arg(0))
      .orderBy('slot_start', 'desc')
      .orderBy('created_at', 'desc'),
  )
  const replacementQuery = compiledReader(
    sql,
    sql
      .selectFrom('appointments as o')
      .innerJoin('appointments as n', 'n.id', 'o.moved_to')
      .select(['n.id', 'n.day', 'n.time'])
      .where('o.id', '=', arg(0)),
  )
  const handlesQuery = compiledReader(
    sql,
    sql
      .selectFrom('catalog_item_points')
      .select('item_id')
      .where('item_id', '=', arg(0))
      .where('point_id', '=', arg(1)),
  )
  // A day's slots in one statement: the places taken per slot start that day, then the past
  // bookings per time on the days named (both counted by the database, so a long history sends
  // no more rows). One compiled form per number of past days (8 at most: the weeks kept).
  const takenOn = (pointId: unknown, day: unknown) =>
    sql
      .selectFrom('appointments')
      .select((eb) => [
        raw<string>`'taken'`.as('kind'),
        eb.ref('slot_start').as('slot'),
        eb.fn.countAll<Count>().as('n'),
      ])
      .where('point_id', '=', pointId as string)
      .where('day', '=', day as string)
      .where('status', '<>', live)
      .groupBy('slot_start')
  const compileSlotCounts = (pastDays: number) => {
    const taken = takenOn(arg(0), arg(1))
    if (pastDays === 0) return compiledOnce(taken.unionAll(versionRow()))
    const past = sql
      .selectFrom('appointments')
      .select((eb) => [
        raw<string>`'past'`.as('kind'),
        eb.ref('time').as('slot'),
        eb.fn.countAll<Count>().as('n'),
      ])
      .where('point_id', '=', arg(0))
      .where(
        'day',
        'in',
        Array.from({ length: pastDays }, (_, i) => arg(i + 4)),
      )
      .where('status', '<>', live)
      .where('slot_start', '<', arg(2))
      .where('slot_start', '>=', arg(3))
      .groupBy('time')
    return compiledOnce(taken.unionAll(past).unionAll(versionRow()))
  }
  const slotCountQueries = new Map<number, ReturnType<typeof compileSlotCounts>>()
  const slotCountsQuery = (pastDays: number) => {
    const known = slotCountQueries.get(pastDays) ?? compileSlotCounts(pastDays)
    slotCountQueries.set(pastDays, known)
    return known
  }
  // Which points handle an item is catalog data: kept per catalog version.
  const handled = catalogCache<boolean>(sql, 5000)

  return {
    /**
     * Adds the booking unless the slot already holds `capacity` live ones, or the user already
     * has a live one for the item that day (the unique index `appointments_one_per_day`). The
     * point's row is held meanwhile, so bookings for one point are counted one at a time across
     * server processes; a count-then-insert without it oversells on PostgreSQL.
     */
    insertWithin: async (
      row: NewAppointment,
      capacity: number,
    ): Promise<'booked' | 'full' | 'duplicate'> => {
      await lockPoint(sql, row.point_id)
      const { n } = await sql
        .selectFrom('appointments')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('point_id', '=', row.point_id)
        .where('slot_start', '=', row.slot_start)
        .where('status', '<>', live)
        .executeTakeFirstOrThrow()
      if (Number(n) >= capacity) return 'full'
      const result = await sql
        .insertInto('appointments')
        .values(row)
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? 'booked' : 'duplicate'
    },
    findById: async (id: string) => (await byIdQuery(id))[0],
    findByCode: (code: string) => appointments().where('code', '=', code).executeTakeFirst(),
    ofUser: (userId: string) => ofUserQuery(userId),
    /** A booking as its page shows it (`ViewedAppointmentRow`), in one query. */
    viewedById: async (id: string) =>
      (await viewedByIdQuery(id))[0] as ViewedAppointmentRow | undefined,
    /** The user's bookings as “我的预约” shows them, latest first, in one query. */
    viewedOfUser: (userId: string) => viewedOfUserQuery(userId) as Promise<ViewedAppointmentRow[]>,
    /**
     * Places taken per day and slot start over [firstDay, lastDay], with the catalog's version,
     * in one query.
     */
    takenOnDays: async (pointId: string, firstDay: string, lastDay: string) => {
      const rows = await readRows(sql, takenOnDaysQuery(pointId, firstDay, lastDay))
      const byDay = new Map<string, Map<string, number>>()
      let catalogVersion = 0
      for (const { kind, day, slot, n } of rows) {
        if (kind === 'version') {
          catalogVersion = Number(n)
          continue
        }
        const taken = byDay.get(day) ?? new Map<string, number>()
        taken.set(slot, Number(n))
        byDay.set(day, taken)
      }
      return { byDay, catalogVersion }
    },
    activeSameDay: (userId: string, itemId: string, day: string) =>
      appointments()
        .where('user_id', '=', userId)
        .where('item_id', '=', itemId)
        .where('day', '=', day)
        .where('status', '<>', live)
        .executeTakeFirst(),
    noShowEnds: async (userId: string, now: string, since: string) => {
      const rows = await sql
        .selectFrom('appointments')
        .select('slot_end')
        .where('user_id', '=', userId)
        .where('status', '=', 'booked')
        .where('closed_reason', 'is', null) // a closed time was never the resident's to miss
        .where('slot_end', '<=', now)
        .where('slot_end', '>', since)
        .orderBy('slot_end')
        .execute()
      return rows.map((r) => r.slot_end)
    },
    /**
     * A day's slots in one query: the places taken per slot start on `day`, and for the busyness
     * hint the past bookings per time on `pastDays` (those in [since, now) only). The days are
     * named so the (point, day) index finds them however long the history grows.
     */
    slotCounts: async (
      pointId: string,
      day: string,
      pastDays: readonly string[],
      now: string,
      since: string,
    ) => {
      const query = slotCountsQuery(pastDays.length)
      const rows = await readRows(sql, query(pointId, day, now, since, ...pastDays))
      const taken = new Map<string, number>()
      const history = new Map<string, number>()
      let catalogVersion = 0
      for (const { kind, slot, n } of rows) {
        if (kind === 'version') catalogVersion = Number(n)
        else (kind === 'taken' ? taken : history).set(slot, Number(n))
      }
      return { taken, history, catalogVersion }
    },
    handles: (pointId: string, itemId: string) =>
      handled(
        `${pointId}\n${itemId}`,
        async () => (await handlesQuery(itemId, pointId)).length > 0,
      ),
    /** Items with at least one handling point, most asked for first. */
    popularBookable: async (limit: number) => {
      const rows = await sql
        .selectFrom('catalog_items as i')
        .select('i.id')
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('catalog_item_points as p')
              .select('p.item_id')
              .whereRef('p.item_id', '=', 'i.id'),
          ),
        )
        .orderBy('i.popularity', 'desc')
        .orderBy('i.sort_order')
        .limit(limit)
        .execute()
      return rows.map((r) => r.id)
    },
    bookableAmong: async (ids: readonly string[]) => {
      if (ids.length === 0) return new Set<string>()
      const rows = await sql
        .selectFrom('catalog_item_points')
        .select('item_id')
        .distinct()
        .where('item_id', 'in', ids)
        .execute()
      return new Set(rows.map((r) => r.item_id))
    },
    dueReminders: (after: string, until: string) =>
      sql
        .selectFrom('appointments as a')
        .innerJoin('users as u', 'u.id', 'a.user_id')
        .selectAll('a')
        .select('u.openid')
        .$narrowType<Narrowed>()
        .where('a.reminder', '=', 'wechat')
        .where('a.reminded_at', 'is', null)
        .where('a.status', '=', 'booked')
        .where('a.closed_reason', 'is', null)
        .where('a.slot_start', '>', after)
        .where('a.slot_start', '<=', until)
        .orderBy('a.slot_start')
        .execute(),
    /**
     * Takes the reminder for this process before it is sent: false when another process (or an
     * earlier run) already has. Several instances running the loop then send it once.
     */
    claimReminder: async (id: string, at: string): Promise<boolean> => {
      const result = await sql
        .updateTable('appointments')
        .set({ reminded_at: at })
        .where('id', '=', id)
        .where('reminded_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    /** Gives a claim back after a failed send, so the next run tries again. */
    releaseReminder: async (id: string, at: string) => {
      await sql
        .updateTable('appointments')
        .set({ reminded_at: null })
        .where('id', '=', id)
        .where('reminded_at', '=', at)
        .execute()
    },
    /** Live bookings still ahead that no change closed yet; of one point and / or a day range. */
    openAhead: (now: string, scope: { pointId?: string; firstDay?: string; lastDay?: string }) => {
      let query = appointments()
        .where('status', '=', 'booked')
        .where('closed_reason', 'is', null)
        .where('slot_start', '>', now)
      if (scope.pointId !== undefined) query = query.where('point_id', '=', scope.pointId)
      if (scope.firstDay !== undefined) query = query.where('day', '>=', scope.firstDay)
      if (scope.lastDay !== undefined) query = query.where('day', '<=', scope.lastDay)
      return query.orderBy('slot_start').execute()
    },
    /** Marks the booking 需改约; false when it was already marked, cancelled or checked in. */
    markClosed: async (id: string, reason: string, at: string): Promise<boolean> => {
      const result = await sql
        .updateTable('appointments')
        .set({ closed_reason: reason, closed_at: at })
        .where('id', '=', id)
        .where('status', '=', 'booked')
        .where('closed_reason', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    cancel: async (id: string, at: string) => {
      await sql
        .updateTable('appointments')
        .set({ status: 'cancelled', cancelled_at: at })
        .where('id', '=', id)
        .execute()
    },
    /** The booking an 改约 moved this one to, if it was moved rather than cancelled. */
    replacement: async (id: string) => (await replacementQuery(id))[0],
    markMoved: async (id: string, movedTo: string) => {
      await sql
        .updateTable('appointments')
        .set({ moved_to: movedTo })
        .where('id', '=', id)
        .execute()
    },
    /** Marks the arrival with the point's next queue number of the day (the point's row held). */
    checkIn: async (id: string, pointId: string, day: string, at: string): Promise<number> => {
      await lockPoint(sql, pointId)
      const { last } = await sql
        .selectFrom('appointments')
        .select((eb) => eb.fn.max('queue_number').as('last'))
        .where('point_id', '=', pointId)
        .where('day', '=', day)
        .executeTakeFirstOrThrow()
      const queue = Number(last ?? 0) + 1
      await sql
        .updateTable('appointments')
        .set({ status: 'arrived', queue_number: queue, arrived_at: at })
        .where('id', '=', id)
        .where('status', '=', 'booked') // a twin scan that got here first keeps its number
        .execute()
      return queue
    },
  }
}

export type AppointmentRepo = ReturnType<typeof createAppointmentRepo>
