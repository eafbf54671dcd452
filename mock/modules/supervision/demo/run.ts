import { addDays, beijingDate } from '../../../../src/services/contract'
import type { Sql } from '../../../db/engine'
import { planCases } from './plan-cases'
import { planBookings, planScans } from './plan-activity'
import { loadReference } from './reference'
import { seededRng } from './rng'
import { hasDemoHistory, writeHistory, type DemoCounts } from './write'

export const DEMO_SEED = 20_261_225
export const DEMO_DAYS = 365

/** The days of the history: the `days` before today, and today up to `now`. */
export function historyDays(now: Date, days: number): string[] {
  const today = beijingDate(now)
  return Array.from({ length: days + 1 }, (_, i) => addDays(today, i - days))
}

/**
 * Fills the database with `days` of activity ending now, the same for the same day and seed.
 * Adds nothing when a demo history is already there (null).
 */
export async function generateHistory(
  sql: Sql,
  options: { now: Date; days?: number; seed?: number },
): Promise<DemoCounts | null> {
  if (await hasDemoHistory(sql)) return null
  const reference = await loadReference(sql)
  const days = historyDays(options.now, options.days ?? DEMO_DAYS)
  const rng = seededRng(options.seed ?? DEMO_SEED)
  const cases = planCases(rng, reference.sources, days, options.now)
  const appointments = planBookings(rng, reference.points, reference.sources, days, options.now)
  const scans = planScans(rng, reference.zones, days, options.now)
  await writeHistory(sql, { ...cases, appointments, scans }, options.now.toISOString())
  return {
    cases: cases.cases.length,
    events: cases.events.length,
    complaints: cases.complaints.length,
    appointments: appointments.length,
    scans: scans.length,
  }
}
