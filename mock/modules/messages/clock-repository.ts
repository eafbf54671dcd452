import type { CaseStatus } from '../../../src/services/contract'
import type { Sql } from '../../db/engine'
import type { AppointmentRow } from '../booking/repository'
import type { CaseRow } from '../cases/repository'

/** What the reminder clock reads from the cases and bookings it reminds of (never writes). */
export function createMessageClockRepo(sql: Sql) {
  const cases = () => sql.selectFrom('cases').selectAll()
  return {
    casesIn: (status: CaseStatus) =>
      cases().where('status', '=', status).execute() as Promise<CaseRow[]>,
    finishedUnratedBefore: (closedBefore: string) =>
      cases()
        .where('status', '=', 'finished')
        .where('rating', 'is', null)
        .where('closed_at', '<=', closedBefore)
        .execute() as Promise<CaseRow[]>,
    bookedBetween: (from: string, to: string) =>
      sql
        .selectFrom('appointments')
        .selectAll()
        .where('status', '=', 'booked')
        .where('slot_start', '>', from)
        .where('slot_start', '<=', to)
        .execute() as Promise<AppointmentRow[]>,
  }
}
