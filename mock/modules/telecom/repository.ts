import type { Db } from '../../db/open'

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

export function createTelecomRepo(db: Db) {
  const insert = db.prepare<[TelecomRequestRow]>(`
    INSERT INTO telecom_requests (id, ref_no, user_id, plan_id, contact, phone, address, created_at)
    VALUES (@id, @ref_no, @user_id, @plan_id, @contact, @phone, @address, @created_at)`)
  const ofUser = db.prepare<[string], TelecomRequestRow>(
    'SELECT * FROM telecom_requests WHERE user_id = ? ORDER BY created_at DESC, id',
  )
  const byId = db.prepare<[string], TelecomRequestRow>(
    'SELECT * FROM telecom_requests WHERE id = ?',
  )
  return {
    insert: (row: TelecomRequestRow) => insert.run(row),
    ofUser: (userId: string) => ofUser.all(userId),
    find: (id: string) => byId.get(id),
  }
}
