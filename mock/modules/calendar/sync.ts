import { BUILT_IN_HOLIDAY_YEARS, setHolidayYears } from '../../../src/services/contract'
import { compiledPerDatabase } from '../../db/compiled-once'
import { readRows, type Sql } from '../../db/engine'
import { createHolidayRepo, type SavedYear } from './repository'
import { yearsInForce } from './rules'

let loaded: { sql: Sql; version: number; saved: readonly SavedYear[] } | null = null
// Compiled once per database: the read runs before every API request.
const versionQuery = compiledPerDatabase((sql) =>
  sql.selectFrom('holiday_calendar_version').select('version'),
)

async function calendarVersion(sql: Sql): Promise<number> {
  const rows = await readRows(sql, versionQuery(sql))
  return Number(rows[0]?.version ?? 0)
}

/** Whether this process's calendar is at `version` of this database: nothing to reload. */
export const holidayCalendarIsAt = (sql: Sql, version: number): boolean =>
  loaded?.sql === sql && loaded.version === version

/**
 * Brings this process's working-day calendar to `version`, read from the database just now
 * (e.g. together with the session, see mock/auth/sessions-repository.ts): the years are
 * reloaded only when another save moved it on.
 */
export async function syncHolidayCalendarTo(sql: Sql, version: number): Promise<void> {
  if (loaded?.sql === sql && loaded.version === version) return
  const saved = await createHolidayRepo(sql).saved()
  setHolidayYears(yearsInForce(BUILT_IN_HOLIDAY_YEARS, saved))
  loaded = { sql, version, saved }
}

/**
 * Brings this process's working-day calendar (src/services/contract/calendar) to the database's:
 * one read of the version per call, the years reloaded only when another save moved it on. Run
 * before every API request (a signed-in one reads the version with its session) and every
 * reminder run, so a holiday saved in the console is used at once by bookings, deadlines and
 * reminders, on every server process.
 */
export async function syncHolidayCalendar(sql: Sql): Promise<void> {
  await syncHolidayCalendarTo(sql, await calendarVersion(sql))
}

/**
 * The years the console saved, as of the calendar this process uses: every API request brought
 * it to the database's version before its handler runs, so this reads nothing then. The same
 * array until a save moves the version on: answers made of it can be kept with it.
 */
export async function savedHolidayYears(sql: Sql): Promise<readonly SavedYear[]> {
  if (loaded?.sql !== sql) await syncHolidayCalendar(sql)
  return loaded?.saved ?? createHolidayRepo(sql).saved()
}
