import {
  beijingDate,
  beijingInstant,
  type SupervisionRatings,
} from '../../../src/services/contract'
import { arg, compiledPerDatabase } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'
import { FOLLOW_UP_DAYS, LEVEL_TEXT } from '../cases/rating'
import { deadlineDate } from '../cases/working-days'
import { emptyTally, tally } from './due'
import type { Window } from './range'
import { beijingDay, demoCount, num, share } from './sql-parts'

const LABELS = [
  LEVEL_TEXT.very_dissatisfied,
  LEVEL_TEXT.dissatisfied,
  LEVEL_TEXT.basic,
  LEVEL_TEXT.satisfied,
  LEVEL_TEXT.very_satisfied,
]

// Built and compiled once per database; run with the window's instants.
const ratedQuery = compiledPerDatabase((sql) => {
  const rated = beijingDay(sql, 'rated_at')
  const followed = beijingDay(sql, 'followed_up_at')
  return sql
    .selectFrom('cases')
    .select((eb) => [
      'rating',
      rated.as('rated_day'),
      followed.as('followed_day'),
      eb.fn.countAll<string | number>().as('n'),
      demoCount().as('demo'),
    ])
    .where('rating', 'is not', null)
    .where('rated_at', '>=', arg(0))
    .where('rated_at', '<', arg(1))
    .groupBy(['rating', rated, followed])
})

/** 好差评 given in the window; a 差评 (1–2) is to be 回访 within 3 working days of the rating. */
export async function ratingStats(
  sql: Sql,
  window: Window,
  now: Date,
): Promise<SupervisionRatings> {
  const groups = (await sql.executeQuery(ratedQuery(sql, window.fromIso, window.toIso))).rows
  const byScore = new Map<number, number>()
  const followUp = emptyTally()
  const today = beijingDate(now)
  let total = 0
  let demoRecords = 0
  for (const g of groups) {
    const n = num(g.n)
    const score = g.rating ?? 0
    total += n
    demoRecords += num(g.demo)
    byScore.set(score, (byScore.get(score) ?? 0) + n)
    if (score <= 2) {
      const due = deadlineDate(beijingInstant(g.rated_day), FOLLOW_UP_DAYS)
      tally(followUp, n, due, g.followed_day, today)
    }
  }
  const count = (score: number) => byScore.get(score) ?? 0
  const poor = count(1) + count(2)
  return {
    demoRecords,
    total,
    levels: [5, 4, 3, 2, 1].map((score) => ({
      score,
      label: LABELS[score - 1] ?? '',
      count: count(score),
    })),
    satisfaction: share(count(3) + count(4) + count(5), total),
    poor,
    followUp: { ...followUp, onTimeShare: share(followUp.onTime, poor) },
  }
}
