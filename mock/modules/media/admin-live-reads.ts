import { compiledPerDatabase } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'

/** A live session as the console reads it, with its subscriber count. */
export interface AdminLiveRow {
  id: string
  title: string
  topic: string
  host_department: string
  starts_at: string
  ends_at: string
  feed_clip: string
  replay_video_id: string
  cancelled_at: string | null
  edited_at: string | null
  subscribers: number
}

// The console's timetable, built and compiled once per database: the list is read on every
// visit of the page and cannot be kept (its states move on with the clock and subscriptions).
const timetableQuery = compiledPerDatabase((sql) =>
  liveSessionsWithSubscribers(sql).orderBy('s.starts_at').orderBy('s.id'),
)

/** Live sessions, each with its subscriber count. */
export const liveSessionsWithSubscribers = (sql: Sql) =>
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

/** Every live session (cancelled too) with its subscriber count, in timetable order. */
export async function liveTimetable(sql: Sql): Promise<AdminLiveRow[]> {
  const { rows } = await sql.executeQuery(timetableQuery(sql))
  return rows.map((row) => ({ ...row, subscribers: Number(row.subscribers) }))
}
