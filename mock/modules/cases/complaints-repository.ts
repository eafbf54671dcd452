import type { ComplaintKind } from '../../../src/services/contract'
import type { Sql } from '../../db/engine'
import { arg, compiledReader } from '../../db/compiled-once'

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

/** A complaint with the number and title of the case it is about (null when none or gone). */
export interface ListedComplaint extends ComplaintRow {
  about_id: string | null
  about_number: string | null
  about_title: string | null
}

export type NewComplaint = Omit<ComplaintRow, 'answer' | 'answered_at' | 'answered_by'>

export function createComplaintRepo(sql: Sql) {
  const complaints = () => sql.selectFrom('complaints').selectAll()
  // The lists read each complaint's case with it (not once per row), by queries compiled once.
  const listed = () =>
    sql
      .selectFrom('complaints as c')
      .leftJoin('cases as k', 'k.id', 'c.case_id')
      .selectAll('c')
      .select(['k.id as about_id', 'k.number as about_number', 'k.title as about_title'])
  const ofUserQuery = compiledReader(
    sql,
    listed()
      .where('c.user_id', '=', arg(0))
      .orderBy('c.created_at', 'desc')
      .orderBy('c.number', 'desc'),
  )
  const aboutCasesOfQuery = compiledReader(
    sql,
    listed().where('k.helper_id', '=', arg(0)).orderBy('c.created_at').orderBy('c.number'),
  )
  const allQuery = compiledReader(sql, listed().orderBy('c.created_at').orderBy('c.number'))
  return {
    insert: async (row: NewComplaint) => {
      await sql.insertInto('complaints').values(row).execute()
    },
    find: (id: string) =>
      complaints().where('id', '=', id).executeTakeFirst() as Promise<ComplaintRow | undefined>,
    ofUser: (userId: string) => ofUserQuery(userId) as Promise<ListedComplaint[]>,
    /** Complaints about the cases a 帮办员 holds. */
    aboutCasesOf: (helperId: string) => aboutCasesOfQuery(helperId) as Promise<ListedComplaint[]>,
    all: () => allQuery() as Promise<ListedComplaint[]>,
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
