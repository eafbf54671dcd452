import type { Sql } from '../../db/engine'

export interface TelecomRequestRow {
  id: string
  ref_no: string
  user_id: string
  plan_id: string
  contact: string
  phone: string
  address: string
  created_at: string
}

export function createTelecomRepo(sql: Sql) {
  return {
    insert: async (row: TelecomRequestRow) => {
      await sql.insertInto('telecom_requests').values(row).execute()
    },
    ofUser: (userId: string): Promise<TelecomRequestRow[]> =>
      sql
        .selectFrom('telecom_requests')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute(),
    find: (id: string): Promise<TelecomRequestRow | undefined> =>
      sql.selectFrom('telecom_requests').selectAll().where('id', '=', id).executeTakeFirst(),
  }
}
