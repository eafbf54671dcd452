import { compiledPerDatabase } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'
import type { AdminLiveRow } from './admin-repository'

// The console's timetable, built and compiled once per database: the list is read on every
// visit of the page and cannot be kept (its states move on with the clock and subscriptions).
const timetableQuery = compiledPerDatabase((sql) =>
  sql
    .selectFrom('live_sessions as s')
    .selectAll('s')
    .select((eb) =>
      eb
        .selectFrom('live_subscriptions as u')
        .whereRef('u.session_id', '=', 's.id')
        .select((e) => e.fn.countAll<number | string>().as('n'))
        .as('subscribers'),
    )
    .orderBy('s.starts_at')
    .orderBy('s.id'),
)

/** Every live session (cancelled too) with its subscriber count, in timetable order. */
export async function liveTimetable(sql: Sql): Promise<AdminLiveRow[]> {
  const { rows } = await sql.executeQuery(timetableQuery(sql))
  return rows.map((row) => ({ ...row, subscribers: Number(row.subscribers) }))
}
