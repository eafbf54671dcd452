import { writtenOrder, type Sql } from '../../db/engine'

export interface ConsentRow {
  id: string
  user_id: string
  version: string
  channel: 'weapp' | 'h5'
  agreed_at: string
}

export function createConsentRepo(sql: Sql) {
  return {
    insert: async (row: ConsentRow) => {
      await sql.insertInto('privacy_consents').values(row).execute()
    },
    listByUser: (userId: string) =>
      sql
        .selectFrom('privacy_consents')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('agreed_at')
        .orderBy(writtenOrder(sql))
        .execute() as Promise<ConsentRow[]>,
  }
}

export type ConsentRepo = ReturnType<typeof createConsentRepo>
