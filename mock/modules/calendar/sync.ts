import { BUILT_IN_HOLIDAY_YEARS, setHolidayYears } from '../../../src/services/contract'
import type { Sql } from '../../db/engine'
import { createHolidayRepo } from './repository'
import { yearsInForce } from './rules'

let loaded: { sql: Sql; version: number } | null = null

/**
 * Brings this process's working-day calendar (src/services/contract/calendar) to the database's:
 * one read of the version per call, the years reloaded only when another save moved it on. Called
 * before every API request and every reminder run, so a holiday saved in the console is used at
 * once by bookings, deadlines and reminders, on every server process.
 */
export async function syncHolidayCalendar(sql: Sql): Promise<void> {
  const repo = createHolidayRepo(sql)
  const version = await repo.version()
  if (loaded?.sql === sql && loaded.version === version) return
  setHolidayYears(yearsInForce(BUILT_IN_HOLIDAY_YEARS, await repo.saved()))
  loaded = { sql, version }
}
