import type { SupervisionVolume } from '../../../src/services/contract'
import { arg, compiledPerDatabase } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'
import { daysOf, type Window } from './range'
import { BUNDLE_DEPARTMENT, sourceFacts, sourceKey } from './sources'
import { beijingDay, byZh, countWhere, demoCount, num, share } from './sql-parts'

const submitted = (sql: Sql) =>
  sql.selectFrom('cases').where('submitted_at', '>=', arg(0)).where('submitted_at', '<', arg(1))
// Built and compiled once per database; run with the window's instants.
const perDayQuery = compiledPerDatabase((sql) => {
  const day = beijingDay(sql, 'submitted_at')
  return submitted(sql)
    .select((eb) => [day.as('day'), eb.fn.countAll<string | number>().as('n')])
    .groupBy(day)
})
const perSourceQuery = compiledPerDatabase((sql) =>
  submitted(sql)
    .select((eb) => [
      'source_kind',
      'source_id',
      eb.fn.max('title').as('title'),
      eb.fn.countAll<string | number>().as('n'),
      countWhere(eb('promised_days', '=', 0)).as('instant'),
      demoCount().as('demo'),
    ])
    .groupBy(['source_kind', 'source_id']),
)

/** 办件量 of the cases submitted in the window: by day, by item and by department. */
export async function volumeStats(sql: Sql, window: Window): Promise<SupervisionVolume> {
  const { fromIso, toIso } = window
  const perDay = (await sql.executeQuery(perDayQuery(sql, fromIso, toIso))).rows
  const perSource = (await sql.executeQuery(perSourceQuery(sql, fromIso, toIso))).rows

  const counts = new Map(perDay.map((r) => [r.day, num(r.n)]))
  const refs = perSource.map((r) => ({ kind: r.source_kind as 'item' | 'bundle', id: r.source_id }))
  const facts = await sourceFacts(sql, refs)
  const byItem = perSource
    .map((r, i) => {
      const ref = refs[i] ?? { kind: 'item' as const, id: r.source_id }
      const fact = facts.get(sourceKey(ref.kind, ref.id))
      return {
        kind: ref.kind,
        id: ref.id,
        name: fact?.name ?? r.title,
        department:
          fact?.department ?? (ref.kind === 'bundle' ? BUNDLE_DEPARTMENT : '（事项已调整）'),
        count: num(r.n),
      }
    })
    .sort((a, b) => b.count - a.count || byZh(a.name, b.name))
  const departments = new Map<string, number>()
  for (const item of byItem)
    departments.set(item.department, (departments.get(item.department) ?? 0) + item.count)

  let total = 0
  let instant = 0
  let baseline = 0
  let savedByBundles = 0
  let savedByProxy = 0
  for (const [i, r] of perSource.entries()) {
    const n = num(r.n)
    total += n
    instant += num(r.instant)
    const ref = refs[i]
    const fact = ref && facts.get(sourceKey(ref.kind, ref.id))
    if (!fact) continue
    baseline += n * fact.separateVisits
    savedByBundles += n * (fact.separateVisits - fact.visits)
    // 一键代办: filed online and carried by the 帮办员, so the applicant makes none of the visits.
    savedByProxy += n * fact.visits
  }
  return {
    demoRecords: perSource.reduce((sum, r) => sum + num(r.demo), 0),
    total,
    byDay: daysOf(window).map((d) => ({ day: d, count: counts.get(d) ?? 0 })),
    byItem,
    byDepartment: [...departments]
      .map(([department, count]) => ({ department, count }))
      .sort((a, b) => b.count - a.count || byZh(a.department, b.department)),
    instant: { count: instant, share: share(instant, total) },
    trips: {
      baseline,
      savedByBundles,
      savedByProxy,
      compression: share(savedByBundles + savedByProxy, baseline),
    },
  }
}
