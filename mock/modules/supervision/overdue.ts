import {
  beijingDate,
  type CaseStatus,
  type SupervisionOverdue,
} from '../../../src/services/contract'
import { arg, compiledPerDatabase } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'
import { deadlineDate, workingDaysLeft } from '../cases/working-days'
import { DEMO_PREFIX, num } from './sql-parts'

const OPEN: readonly CaseStatus[] = ['submitted', 'correction', 'accepted']
/** A case is 临近 when no more than this many working days are left. */
export const NEAR_WORKING_DAYS = 1
export const URGE_ACTION = 'supervision.urged'

/** 督办 so far of each case: how many, and the last one. */
export async function urgesOf(sql: Sql, caseIds: readonly string[]) {
  const urged = new Map<string, { count: number; last: string }>()
  for (let i = 0; i < caseIds.length; i += 500) {
    const rows = await sql
      .selectFrom('admin_audit')
      .select((eb) => [
        'target_id',
        eb.fn.countAll<string | number>().as('n'),
        eb.fn.max('at').as('last'),
      ])
      .where('action', '=', URGE_ACTION)
      .where('target_kind', '=', 'case')
      .where('target_id', 'in', caseIds.slice(i, i + 500))
      .groupBy('target_id')
      .execute()
    for (const r of rows) urged.set(r.target_id, { count: num(r.n), last: r.last })
  }
  return urged
}

// Built and compiled once per database; run with the last deadline counted as near.
const nearDeadlineQuery = compiledPerDatabase((sql) =>
  sql
    .selectFrom('cases as c')
    .leftJoin('case_helpers as h', 'h.user_id', 'c.helper_id')
    .select([
      'c.id',
      'c.number',
      'c.title',
      'c.accepted_at',
      'c.deadline',
      'c.helper_id',
      'h.name as helper_name',
      'h.desk as helper_desk',
    ])
    .where('c.status', 'in', OPEN)
    .where('c.deadline', 'is not', null)
    .where('c.deadline', '<=', arg(0))
    .orderBy('c.deadline')
    .orderBy('c.number'),
)

/**
 * Open cases whose 承诺时限 ends within a working day or has passed, most overdue first, with
 * the 帮办员 holding each and the 督办 already sent. As things stand now, not over a range.
 */
export async function overdueCases(sql: Sql, now: Date): Promise<SupervisionOverdue> {
  const limit = deadlineDate(now, NEAR_WORKING_DAYS)
  const rows = (await sql.executeQuery(nearDeadlineQuery(sql, limit))).rows
  const urged = await urgesOf(
    sql,
    rows.map((r) => r.id),
  )
  const items = rows.flatMap((r) => {
    if (r.deadline === null) return []
    const daysLeft = workingDaysLeft(r.deadline, now)
    const urges = urged.get(r.id)
    return [
      {
        caseId: r.id,
        number: r.number,
        title: r.title,
        helper:
          r.helper_id !== null && r.helper_name !== null
            ? { id: r.helper_id, name: r.helper_name, desk: r.helper_desk ?? '' }
            : null,
        acceptedAt: r.accepted_at,
        deadline: r.deadline,
        daysLeft,
        state: daysLeft < 0 ? ('overdue' as const) : ('near' as const),
        urged: urges?.count ?? 0,
        lastUrgedAt: urges?.last ?? null,
        demo: r.id.startsWith(DEMO_PREFIX),
      },
    ]
  })
  return {
    asOf: beijingDate(now),
    demoRecords: items.filter((i) => i.demo).length,
    items,
  }
}
