import type { Db } from '../../db/open'

export interface LawyerRow {
  id: string
  user_id: string
  name: string
  firm: string
  specialties_json: string
  years: number
  intro: string
}

export interface ConsultationRow {
  id: string
  user_id: string
  lawyer_id: string
  topic: string
  title: string
  status: 'waiting' | 'answered'
  user_unread: number
  lawyer_unread: number
  created_at: string
  updated_at: string
}

export interface MessageRow {
  id: string
  consultation_id: string
  author: 'user' | 'lawyer'
  body: string
  created_at: string
}

type NewConsultation = Pick<
  ConsultationRow,
  'id' | 'user_id' | 'lawyer_id' | 'topic' | 'title' | 'created_at'
>

export function createLegalRepo(db: Db) {
  // A lawyer takes questions only while their account holds a live lawyer grant.
  const onDuty = `EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = lawyers.user_id
    AND g.kind = 'lawyer' AND g.revoked_at IS NULL)`
  const lawyers = db.prepare<[], LawyerRow>(
    `SELECT * FROM lawyers WHERE ${onDuty} ORDER BY sort_order`,
  )
  const lawyerOnDuty = db.prepare<[string], LawyerRow>(
    `SELECT * FROM lawyers WHERE id = ? AND ${onDuty}`,
  )
  const lawyerById = db.prepare<[string], LawyerRow>('SELECT * FROM lawyers WHERE id = ?')
  const lawyerByUser = db.prepare<[string], LawyerRow>('SELECT * FROM lawyers WHERE user_id = ?')
  const insert = db.prepare<[NewConsultation]>(`
    INSERT INTO legal_consultations
      (id, user_id, lawyer_id, topic, title, status, user_unread, lawyer_unread, created_at, updated_at)
    VALUES (@id, @user_id, @lawyer_id, @topic, @title, 'waiting', 0, 1, @created_at, @created_at)`)
  const byId = db.prepare<[string], ConsultationRow>(
    'SELECT * FROM legal_consultations WHERE id = ?',
  )
  const ofUser = db.prepare<[string], ConsultationRow>(
    'SELECT * FROM legal_consultations WHERE user_id = ? ORDER BY updated_at DESC, id',
  )
  const ofLawyer = db.prepare<[string], ConsultationRow>(
    'SELECT * FROM legal_consultations WHERE lawyer_id = ? ORDER BY updated_at DESC, id',
  )
  const waitingOfUser = db
    .prepare<[string], number>(
      "SELECT COUNT(*) FROM legal_consultations WHERE user_id = ? AND status = 'waiting'",
    )
    .pluck()
  const insertMessage = db.prepare<[MessageRow]>(`
    INSERT INTO legal_messages (id, consultation_id, author, body, created_at)
    VALUES (@id, @consultation_id, @author, @body, @created_at)`)
  const messages = db.prepare<[string], MessageRow>(
    'SELECT * FROM legal_messages WHERE consultation_id = ? ORDER BY created_at, rowid',
  )
  const afterUserMessage = db.prepare<[string, string]>(`
    UPDATE legal_consultations SET status = 'waiting', lawyer_unread = 1, updated_at = ?
    WHERE id = ?`)
  const afterLawyerMessage = db.prepare<[string, string]>(`
    UPDATE legal_consultations SET status = 'answered', user_unread = 1, updated_at = ?
    WHERE id = ?`)
  const readByUser = db.prepare<[string]>(
    'UPDATE legal_consultations SET user_unread = 0 WHERE id = ? AND user_unread = 1',
  )
  const readByLawyer = db.prepare<[string]>(
    'UPDATE legal_consultations SET lawyer_unread = 0 WHERE id = ? AND lawyer_unread = 1',
  )

  return {
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    /** The lawyers residents may ask now. */
    lawyers: () => lawyers.all(),
    lawyerOnDuty: (id: string) => lawyerOnDuty.get(id),
    lawyer: (id: string) => lawyerById.get(id),
    lawyerOfUser: (userId: string) => lawyerByUser.get(userId),
    insert: (row: NewConsultation) => insert.run(row),
    find: (id: string) => byId.get(id),
    ofUser: (userId: string) => ofUser.all(userId),
    ofLawyer: (lawyerId: string) => ofLawyer.all(lawyerId),
    waitingOfUser: (userId: string) => waitingOfUser.get(userId) ?? 0,
    addMessage: (row: MessageRow) => {
      insertMessage.run(row)
      const touch = row.author === 'user' ? afterUserMessage : afterLawyerMessage
      touch.run(row.created_at, row.consultation_id)
    },
    messages: (consultationId: string) => messages.all(consultationId),
    markRead: (id: string, viewer: 'user' | 'lawyer') =>
      (viewer === 'user' ? readByUser : readByLawyer).run(id),
  }
}

export type LegalRepo = ReturnType<typeof createLegalRepo>
