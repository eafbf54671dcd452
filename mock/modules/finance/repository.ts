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

export function createFinanceRepo(sql: Sql) {
  const applications = () => sql.selectFrom('loan_applications').selectAll()
  return {
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
    ofBank: (bankId: string) =>
      applications()
        .where('bank_id', '=', bankId)
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
