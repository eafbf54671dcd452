import type { CalendarSync } from '../auth/authenticate'
import { compiledPerDatabase } from '../db/compiled-once'
import { readAtOnce, type Sql } from '../db/engine'
import {
  holidayCalendarIsAt,
  syncHolidayCalendar,
  syncHolidayCalendarTo,
} from '../modules/calendar/sync'

const versionQuery = compiledPerDatabase((sql) =>
  sql.selectFrom('holiday_calendar_version').select('version'),
)

/**
 * Brings the working-day calendar up to the database's before a request runs: undefined when it
 * was up to date at once (SQLite's connection free, the version unchanged), else the promise of
 * the usual sync. Every anonymous API request asks, so the common case costs no promise.
 */
export type SyncCalendar = () => Promise<void> | undefined

export function calendarSyncOf(sql: Sql): CalendarSync & { now: SyncCalendar } {
  return {
    to: (version) => syncHolidayCalendarTo(sql, version),
    isAt: (version) => holidayCalendarIsAt(sql, version),
    now: () => {
      const rows = readAtOnce(sql, versionQuery(sql))
      if (rows && holidayCalendarIsAt(sql, Number(rows[0]?.version ?? 0))) return undefined
      return syncHolidayCalendar(sql)
    },
  }
}

export const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error))

/** A callback-style hook running `sync`: no promise to wait for when there is nothing to do. */
export function syncCalendarHook(sync: SyncCalendar) {
  return (_request: unknown, _reply: unknown, done: (error?: Error) => void): void => {
    const pending = sync()
    if (pending)
      pending.then(
        () => done(),
        (error: unknown) => done(asError(error)),
      )
    else done()
  }
}
