import type { SupervisionVolume } from '../../../src/services/contract'
import { sql as raw } from 'kysely'
import { arg, compiledPerDatabase } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'
import { daysOf, type Window } from './range'
import { BUNDLE_DEPARTMENT, sourceFacts, sourceKey } from './sources'
import { beijingDay, byZh, countWhere, demoCount, num, share } from './sql-parts'

const submitted = (sql: Sql) =>
  sql.selectFrom('cases').where('submitted_at', '>=', arg(0)).where('submitted_at', '<', arg(1))
/** A column one part of the union leaves empty. */
const none = <T>() => raw<T | null>`null`
/**
 * The window's cases counted by day and by source in one statement (one read lock, one round
 * trip): the rows of `part` 'day' carry the day in `a`, those of 'source' the kind and id in `a`
 * and `b`. Built and compiled once per database; run with the window's instants.
 */
const countsQuery = compiledPerDatabase((sql) => {
  const day = beijingDay(sql, 'submitted_at')
  const perDay = submitted(sql)
    .select((eb) => [
      raw<string>`'day'`.as('part'),
      day.as('a'),
      none<string>().as('b'),
      none<string>().as('title'),
      eb.fn.countAll<string | number>().as('n'),
      none<string | number>().as('instant'),
      none<string | number>().as('demo'),
    ])
    .groupBy(day)
  return perDay.unionAll(
    submitted(sql)
      .select((eb) => [
        raw<string>`'source'`.as('part'),
        'source_kind as a',
        'source_id as b',
        eb.fn.max('title').as('title'),
        eb.fn.countAll<string | number>().as('n'),
        countWhere(eb('promised_days', '=', raw.lit(0))).as('instant'),
        demoCount().as('demo'),
      ])
      .groupBy(['source_kind', 'source_id']),
  )
})

interface SourceCount {
  kind: 'item' | 'bundle'
  id: string
  title: string
  n: number
  instant: number
  demo: number
}

/** 办件量 of the cases submitted in the window: by day, by item and by department. */
export async function volumeStats(sql: Sql, window: Window): Promise<SupervisionVolume> {
  const { fromIso, toIso } = window
  const rows = (await sql.executeQuery(countsQuery(sql, fromIso, toIso))).rows
  const counts = new Map<string, number>()
  const perSource: SourceCount[] = []
  for (const r of rows) {
    if (r.part === 'day') counts.set(r.a, num(r.n))
    else
      perSource.push({
        kind: r.a as 'item' | 'bundle',
        id: r.b ?? '',
        title: r.title ?? '',
        n: num(r.n),
        instant: num(r.instant),
        demo: num(r.demo),
      })
  }
  const facts = await sourceFacts(sql, perSource)
  const byItem = perSource
    .map((r) => {
      const fact = facts.get(sourceKey(r.kind, r.id))
      return {
        kind: r.kind,
        id: r.id,
        name: fact?.name ?? r.title,
        department:
          fact?.department ?? (r.kind === 'bundle' ? BUNDLE_DEPARTMENT : '（事项已调整）'),
        count: r.n,
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
  for (const { kind, id, n, instant: instantHere } of perSource) {
    total += n
    instant += instantHere
    const fact = facts.get(sourceKey(kind, id))
    if (!fact) continue
    baseline += n * fact.separateVisits
    savedByBundles += n * (fact.separateVisits - fact.visits)
    // 一键代办: filed online and carried by the 帮办员, so the applicant makes none of the visits.
    savedByProxy += n * fact.visits
  }
  return {
    demoRecords: perSource.reduce((sum, r) => sum + r.demo, 0),
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
