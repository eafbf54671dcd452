import * as z from 'zod/mini'
import type { HolidayYear } from '../../../src/services/contract'
import type { Sql } from '../../db/engine'

const Ranges = z.array(z.object({ name: z.string(), from: z.string(), to: z.string() }))
const Days = z.array(z.string())

export interface SavedYear extends HolidayYear {
  editedAt: string
}

/** The years of the holiday calendar the console saved (migration 32). */
export function createHolidayRepo(sql: Sql) {
  return {
    version: async (): Promise<number> => {
      const row = await sql
        .selectFrom('holiday_calendar_version')
        .select('version')
        .executeTakeFirst()
      return Number(row?.version ?? 0)
    },
    saved: async (): Promise<SavedYear[]> => {
      const rows = await sql.selectFrom('holiday_years').selectAll().orderBy('year').execute()
      return rows.map((row) => ({
        year: row.year,
        holidays: z.parse(Ranges, JSON.parse(row.holidays_json)),
        makeupDays: z.parse(Days, JSON.parse(row.makeup_days_json)),
        editedAt: row.edited_at,
      }))
    },
    /** Writes the year (its trigger moves the version on, migration 43); run it inside the transaction of the change. */
    save: async (year: HolidayYear, editedBy: string, at: string): Promise<void> => {
      const values = {
        holidays_json: JSON.stringify(year.holidays),
        makeup_days_json: JSON.stringify(year.makeupDays),
        edited_by: editedBy,
        edited_at: at,
      }
      await sql
        .insertInto('holiday_years')
        .values({ year: year.year, ...values })
        .onConflict((conflict) => conflict.column('year').doUpdateSet(values))
        .execute()
    },
  }
}

export type HolidayRepo = ReturnType<typeof createHolidayRepo>
