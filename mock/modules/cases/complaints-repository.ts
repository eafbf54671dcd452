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
  answer: string | null
  answered_at: string | null
  answered_by: string | null
}

export type NewComplaint = Omit<ComplaintRow, 'answer' | 'answered_at' | 'answered_by'>

export function createComplaintRepo(sql: Sql) {
  const complaints = () => sql.selectFrom('complaints').selectAll()
  return {
    insert: async (row: NewComplaint) => {
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
    /** Complaints about the cases a 帮办员 holds. */
    aboutCasesOf: (helperId: string) =>
      sql
        .selectFrom('complaints as c')
        .innerJoin('cases', 'cases.id', 'c.case_id')
        .selectAll('c')
        .where('cases.helper_id', '=', helperId)
        .orderBy('c.created_at')
        .orderBy('c.number')
        .execute() as Promise<ComplaintRow[]>,
    all: () =>
      complaints().orderBy('created_at').orderBy('number').execute() as Promise<ComplaintRow[]>,
    /** Stores the answer only while there is none: of two answers sent at once, one wins. */
    answer: async (id: string, answer: string, by: string, at: string) => {
      const result = await sql
        .updateTable('complaints')
        .set({ answer, answered_by: by, answered_at: at })
        .where('id', '=', id)
        .where('answered_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
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
