import type { Db } from '../../db/sqlite'

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

export function createFinanceRepo(db: Db) {
  const insertAssessment = db.prepare<[AssessmentRow]>(`
    INSERT INTO credit_assessments (id, user_id, enterprise_id, score, grade, answers_json, created_at)
    VALUES (@id, @user_id, @enterprise_id, @score, @grade, @answers_json, @created_at)`)
  const latestAssessment = db.prepare<[string, string], AssessmentRow>(`
    SELECT * FROM credit_assessments WHERE enterprise_id = ? AND created_at > ?
    ORDER BY created_at DESC, rowid DESC LIMIT 1`)
  const insert = db.prepare<[NewApplication]>(`
    INSERT INTO loan_applications
      (id, user_id, enterprise_name, product_id, bank_id, amount, purpose, grade, created_at)
    VALUES (@id, @user_id, @enterprise_name, @product_id, @bank_id, @amount, @purpose, @grade,
      @created_at)`)
  const byId = db.prepare<[string], ApplicationRow>('SELECT * FROM loan_applications WHERE id = ?')
  const ofUser = db.prepare<[string], ApplicationRow>(
    'SELECT * FROM loan_applications WHERE user_id = ? ORDER BY created_at DESC, id',
  )
  const ofBank = db.prepare<[string], ApplicationRow>(
    'SELECT * FROM loan_applications WHERE bank_id = ? ORDER BY created_at DESC, id',
  )
  const decide = db.prepare<[string, string, string, string]>(`
    UPDATE loan_applications SET status = ?, decision_note = ?, decided_at = ?
    WHERE id = ? AND status = 'submitted'`)
  return {
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    insert: (row: NewApplication) => insert.run(row),
    saveAssessment: (row: AssessmentRow) => {
      insertAssessment.run(row)
    },
    /** The enterprise's newest self-assessment made after `since`. */
    latestAssessment: (enterpriseId: string, since: string) =>
      latestAssessment.get(enterpriseId, since),
    find: (id: string) => byId.get(id),
    ofUser: (userId: string) => ofUser.all(userId),
    ofBank: (bankId: string) => ofBank.all(bankId),
    decide: (id: string, status: 'accepted' | 'declined', note: string, at: string) =>
      decide.run(status, note, at, id).changes === 1,
  }
}
