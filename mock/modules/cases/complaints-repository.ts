import type { ComplaintKind } from '../../../src/services/contract'
import type { Sql } from '../../db/engine'

export interface ComplaintRow {
  id: string
  number: string
  user_id: string
  kind: ComplaintKind
  case_id: string | null
  content: string
  phone: string | null
  reply_due: string
  created_at: string
}

export function createComplaintRepo(sql: Sql) {
  const complaints = () => sql.selectFrom('complaints').selectAll()
  return {
    insert: async (row: ComplaintRow) => {
      await sql.insertInto('complaints').values(row).execute()
    },
    find: (id: string) =>
      complaints().where('id', '=', id).executeTakeFirst() as Promise<ComplaintRow | undefined>,
    ofUser: (userId: string) =>
      complaints()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('number', 'desc')
        .execute() as Promise<ComplaintRow[]>,
    countNumbered: async (prefix: string) => {
      const row = await sql
        .selectFrom('complaints')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('number', 'like', `${prefix}%`)
        .executeTakeFirst()
      return Number(row?.n ?? 0)
    },
  }
}
