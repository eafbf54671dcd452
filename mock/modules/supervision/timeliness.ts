import type { SupervisionTimeliness } from '../../../src/services/contract'
import { arg, compiledPerDatabase } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'
import type { Window } from './range'
import { sourceFacts, sourceKey } from './sources'
import { beijingDay, byZh, demoCount, num, round1, share } from './sql-parts'
import { workingDaysAfter } from './working-days'

interface Sums {
  kind: 'item' | 'bundle'
  id: string
  name: string
  finished: number
  actual: number
  promised: number
  late: number
}

// Built and compiled once per database; run with the window's instants.
const finishedQuery = compiledPerDatabase((sql) => {
  const accepted = beijingDay(sql, 'accepted_at')
  const closed = beijingDay(sql, 'closed_at')
  return sql
    .selectFrom('cases')
    .select((eb) => [
      'source_kind',
      'source_id',
      'promised_days',
      'deadline',
      accepted.as('accepted_day'),
      closed.as('closed_day'),
      eb.fn.max('title').as('title'),
      eb.fn.countAll<string | number>().as('n'),
      demoCount().as('demo'),
    ])
    .where('status', '=', 'finished')
    .where('accepted_at', 'is not', null)
    .where('closed_at', '>=', arg(0))
    .where('closed_at', '<', arg(1))
    .groupBy(['source_kind', 'source_id', 'promised_days', 'deadline', accepted, closed])
})

/**
 * 办理时长 of the cases 办结 in the window, in working days from 受理, against their 承诺时限 and
 * the 法定时限 of the guide: the 时限压缩 the district reports, measured.
 */
export async function timelinessStats(sql: Sql, window: Window): Promise<SupervisionTimeliness> {
  const groups = (await sql.executeQuery(finishedQuery(sql, window.fromIso, window.toIso))).rows

  const refs = groups.map((g) => ({ kind: g.source_kind as 'item' | 'bundle', id: g.source_id }))
  const facts = await sourceFacts(sql, refs)
  const perSource = new Map<string, Sums>()
  let finished = 0
  let actual = 0
  let promised = 0
  let late = 0
  let sameDay = 0
  let withLegal = 0
  let legalSum = 0
  let promisedWithLegal = 0
  let actualWithLegal = 0
  let demoRecords = 0
  for (const [i, g] of groups.entries()) {
    const ref = refs[i] ?? { kind: 'item' as const, id: g.source_id }
    const key = sourceKey(ref.kind, ref.id)
    const fact = facts.get(key)
    const n = num(g.n)
    const days = workingDaysAfter(g.accepted_day, g.closed_day)
    const isLate = g.deadline !== null && g.closed_day > g.deadline
    finished += n
    actual += n * days
    promised += n * g.promised_days
    late += isLate ? n : 0
    sameDay += g.accepted_day === g.closed_day ? n : 0
    demoRecords += num(g.demo)
    if (fact?.legalDays) {
      withLegal += n
      legalSum += n * fact.legalDays
      promisedWithLegal += n * g.promised_days
      actualWithLegal += n * days
    }
    const sums = perSource.get(key) ?? {
      kind: ref.kind,
      id: ref.id,
      name: fact?.name ?? g.title,
      finished: 0,
      actual: 0,
      promised: 0,
      late: 0,
    }
    sums.finished += n
    sums.actual += n * days
    sums.promised += n * g.promised_days
    sums.late += isLate ? n : 0
    perSource.set(key, sums)
  }
  const average = (sum: number, count: number) => (count === 0 ? null : round1(sum / count))
  const compression = (part: number) => {
    const ratio = share(part, legalSum)
    return ratio === null ? null : 1 - ratio
  }
  return {
    demoRecords,
    finished,
    avgActualDays: average(actual, finished),
    avgPromisedDays: average(promised, finished),
    avgLegalDays: average(legalSum, withLegal),
    withLegal,
    promisedCompression: compression(promisedWithLegal),
    actualCompression: compression(actualWithLegal),
    late,
    sameDay,
    byItem: [...perSource.values()]
      .map((s) => ({
        kind: s.kind,
        id: s.id,
        name: s.name,
        finished: s.finished,
        avgActualDays: round1(s.actual / s.finished),
        promisedDays: round1(s.promised / s.finished),
        legalDays: facts.get(sourceKey(s.kind, s.id))?.legalDays ?? null,
        late: s.late,
      }))
      .sort((a, b) => b.finished - a.finished || byZh(a.name, b.name)),
  }
}
