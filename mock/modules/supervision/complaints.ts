import { beijingDate, type SupervisionComplaints } from '../../../src/services/contract'
import { arg, compiledPerDatabase } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'
import { emptyTally, tally, type DueTally } from './due'
import type { Window } from './range'
import { beijingDay, demoCount, num, share } from './sql-parts'

/** Working days a 投诉/建议 is to be answered in (each row keeps its own reply_due). */
export const REPLY_WORKING_DAYS = 5
const KINDS = [
  { kind: 'complaint', label: '投诉' },
  { kind: 'suggestion', label: '建议' },
] as const

// Built and compiled once per database; run with the window's instants.
const filedQuery = compiledPerDatabase((sql) => {
  const answered = beijingDay(sql, 'answered_at')
  return sql
    .selectFrom('complaints')
    .select((eb) => [
      'kind',
      'reply_due',
      answered.as('answered_day'),
      eb.fn.countAll<string | number>().as('n'),
      demoCount().as('demo'),
    ])
    .where('created_at', '>=', arg(0))
    .where('created_at', '<', arg(1))
    .groupBy(['kind', 'reply_due', answered])
})

/** 投诉建议 filed in the window: answered by their reply_due, late, or still open. */
export async function complaintStats(
  sql: Sql,
  window: Window,
  now: Date,
): Promise<SupervisionComplaints> {
  const groups = (await sql.executeQuery(filedQuery(sql, window.fromIso, window.toIso))).rows
  const today = beijingDate(now)
  const tallies = new Map<string, DueTally>(KINDS.map((k) => [k.kind, emptyTally()]))
  let demoRecords = 0
  for (const g of groups) {
    const into = tallies.get(g.kind)
    if (into) tally(into, num(g.n), g.reply_due, g.answered_day, today)
    demoRecords += num(g.demo)
  }
  return {
    demoRecords,
    replyDays: REPLY_WORKING_DAYS,
    kinds: KINDS.map(({ kind, label }) => {
      const t = tallies.get(kind) ?? emptyTally()
      const total = t.onTime + t.late + t.pendingOverdue + t.pending
      return {
        kind,
        label,
        total,
        onTime: t.onTime,
        late: t.late,
        openOverdue: t.pendingOverdue,
        open: t.pending,
        onTimeShare: share(t.onTime, total - t.pending),
      }
    }),
  }
}
