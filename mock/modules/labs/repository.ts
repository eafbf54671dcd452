import type { Sql } from '../../db/engine'

export interface SamplingRow {
  id: string
  user_id: string
  lab_id: string
  service: 'air' | 'product'
  day: string
  slot: 'am' | 'pm'
  address: string
  contact: string
  phone: string
  report_json: string | null
  created_at: string
}

type Rows = Promise<SamplingRow[]>

export function createTestingRepo(sql: Sql) {
  const bookings = () => sql.selectFrom('sampling_bookings').selectAll()
  return {
    insert: async (row: Omit<SamplingRow, 'report_json'>) => {
      await sql.insertInto('sampling_bookings').values(row).execute()
    },
    find: (id: string) =>
      bookings().where('id', '=', id).executeTakeFirst() as Promise<SamplingRow | undefined>,
    ofUser: (userId: string) =>
      bookings()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute() as Rows,
    ofLab: (labId: string) =>
      bookings()
        .where('lab_id', '=', labId)
        .orderBy('day')
        .orderBy('slot')
        .orderBy('created_at')
        .execute() as Rows,
    /** One report per booking: the second writer finds it set and gets false. */
    saveReport: async (id: string, json: string) => {
      const result = await sql
        .updateTable('sampling_bookings')
        .set({ report_json: json })
        .where('id', '=', id)
        .where('report_json', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
  }
}
