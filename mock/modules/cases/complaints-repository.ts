import type { ComplaintKind } from '../../../src/services/contract'
import type { Db } from '../../db/sqlite'

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

export function createComplaintRepo(db: Db) {
  const insert = db.prepare<[ComplaintRow]>(`
    INSERT INTO complaints (id, number, user_id, kind, case_id, content, phone, reply_due, created_at)
    VALUES (@id, @number, @user_id, @kind, @case_id, @content, @phone, @reply_due, @created_at)`)
  const ofUser = db.prepare<[string], ComplaintRow>(
    'SELECT * FROM complaints WHERE user_id = ? ORDER BY created_at DESC, number DESC',
  )
  const byId = db.prepare<[string], ComplaintRow>('SELECT * FROM complaints WHERE id = ?')
  const countNumbered = db
    .prepare<[string], number>('SELECT COUNT(*) FROM complaints WHERE number LIKE ?')
    .pluck()
  return {
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    insert: (row: ComplaintRow) => insert.run(row),
    find: (id: string) => byId.get(id),
    ofUser: (userId: string) => ofUser.all(userId),
    countNumbered: (prefix: string) => countNumbered.get(`${prefix}%`) ?? 0,
  }
}
