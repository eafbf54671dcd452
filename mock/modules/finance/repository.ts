import { arg, compiledReader } from '../../db/compiled-once'
import { writtenOrder, type Sql } from '../../db/engine'

export interface ApplicationRow {
  id: string
  user_id: string
  enterprise_name: string
  product_id: string
  bank_id: string
  amount: number
  purpose: string
  grade: 'A' | 'B' | 'C' | 'D'
  status: 'submitted' | 'accepted' | 'declined'
  decision_note: string | null
  created_at: string
  decided_at: string | null
}

type NewApplication = Omit<ApplicationRow, 'status' | 'decision_note' | 'decided_at'>

export interface AssessmentRow {
  id: string
  user_id: string
  enterprise_id: string | null
  score: number
  grade: ApplicationRow['grade']
  answers_json: string
  created_at: string
}

type Rows = Promise<ApplicationRow[]>

/**
 * An application with its product as stored now (null when gone) and whether the reader is staff
 * of the lending bank now (a live bank grant at its bank).
 */
export interface ViewedApplicationRow extends ApplicationRow {
  product_json: string | null
  product_bank_id: string | null
  bank_staff: number | boolean
}

export function createFinanceRepo(sql: Sql) {
  const applications = () => sql.selectFrom('loan_applications').selectAll()
  const liveBankGrants = () =>
    sql
      .selectFrom('role_grants as g')
      .where('g.user_id', '=', arg(0))
      .where('g.kind', '=', 'bank')
      .where('g.revoked_at', 'is', null)
  const viewed = compiledReader(
    sql,
    sql
      .selectFrom('loan_applications as a')
      .leftJoin('loan_products as p', 'p.id', 'a.product_id')
      .selectAll('a')
      .select(['p.product_json', 'p.bank_id as product_bank_id'])
      .select(({ exists, selectFrom }) =>
        exists(
          selectFrom('role_grants as g')
            .select('g.id')
            .where('g.user_id', '=', arg(1))
            .where('g.kind', '=', 'bank')
            .where('g.revoked_at', 'is', null)
            .whereRef('g.scope_id', '=', 'a.bank_id'),
        ).as('bank_staff'),
      )
      .where('a.id', '=', arg(0)),
  )
  // One row per bank the reader is staff of (role_grants_live: one live grant per bank), joined
  // with that bank's applications: a bank without any reads as a row without an application.
  const ofBankStaff = compiledReader(
    sql,
    liveBankGrants()
      .where('g.scope_id', 'is not', null)
      .leftJoin('loan_applications as a', 'a.bank_id', 'g.scope_id')
      .leftJoin('loan_products as p', 'p.id', 'a.product_id')
      .selectAll('a')
      .select(['p.product_json', 'p.bank_id as product_bank_id'])
      .orderBy('a.created_at', 'desc')
      .orderBy('g.scope_id')
      .orderBy('a.id'),
  )
  return {
    /** The application with its product, as `userId` reads it (see ViewedApplicationRow). */
    viewed: async (id: string, userId: string) =>
      (await viewed(id, userId))[0] as ViewedApplicationRow | undefined,
    /**
     * The applications of every bank `userId` is staff of, newest first; null when they are staff
     * of none.
     */
    ofBankStaff: async (userId: string): Promise<ViewedApplicationRow[] | null> => {
      const rows = (await ofBankStaff(userId)) as (Omit<
        ViewedApplicationRow,
        'bank_staff' | 'id'
      > & { id: string | null })[]
      if (rows.length === 0) return null
      return rows.flatMap((row) =>
        row.id === null ? [] : [{ ...row, id: row.id, bank_staff: true }],
      )
    },
    insert: async (row: NewApplication) => {
      await sql.insertInto('loan_applications').values(row).execute()
    },
    saveAssessment: async (row: AssessmentRow) => {
      await sql.insertInto('credit_assessments').values(row).execute()
    },
    /** The enterprise's newest self-assessment made after `since`. */
    latestAssessment: (enterpriseId: string, since: string) =>
      sql
        .selectFrom('credit_assessments')
        .selectAll()
        .where('enterprise_id', '=', enterpriseId)
        .where('created_at', '>', since)
        .orderBy('created_at', 'desc')
        .orderBy(writtenOrder(sql), 'desc')
        .limit(1)
        .executeTakeFirst() as Promise<AssessmentRow | undefined>,
    find: (id: string) =>
      applications().where('id', '=', id).executeTakeFirst() as Promise<ApplicationRow | undefined>,
    ofUser: (userId: string) =>
      applications()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute() as Rows,
    /** One decision per application: a second finds it decided and gets false. */
    decide: async (id: string, status: 'accepted' | 'declined', note: string, at: string) => {
      const result = await sql
        .updateTable('loan_applications')
        .set({ status, decision_note: note, decided_at: at })
        .where('id', '=', id)
        .where('status', '=', 'submitted')
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
  }
}
