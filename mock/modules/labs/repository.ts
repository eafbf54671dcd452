import type { Db } from '../../db/sqlite'

export interface SamplingRow {
  id: string
  user_id: string
  lab_id: string
  service: 'air' | 'product'
  day: string
  slot: 'am' | 'pm'
  address: string
  contact: string
  phone: string
  report_json: string | null
  created_at: string
}

export function createTestingRepo(db: Db) {
  const insert = db.prepare<[Omit<SamplingRow, 'report_json'>]>(`
    INSERT INTO sampling_bookings (id, user_id, lab_id, service, day, slot, address, contact, phone,
      created_at)
    VALUES (@id, @user_id, @lab_id, @service, @day, @slot, @address, @contact, @phone, @created_at)`)
  const byId = db.prepare<[string], SamplingRow>('SELECT * FROM sampling_bookings WHERE id = ?')
  const ofUser = db.prepare<[string], SamplingRow>(
    'SELECT * FROM sampling_bookings WHERE user_id = ? ORDER BY created_at DESC, id',
  )
  const ofLab = db.prepare<[string], SamplingRow>(
    'SELECT * FROM sampling_bookings WHERE lab_id = ? ORDER BY day, slot, created_at',
  )
  const report = db.prepare<[string, string]>(
    'UPDATE sampling_bookings SET report_json = ? WHERE id = ? AND report_json IS NULL',
  )
  return {
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    insert: (row: Omit<SamplingRow, 'report_json'>) => insert.run(row),
    find: (id: string) => byId.get(id),
    ofUser: (userId: string) => ofUser.all(userId),
    ofLab: (labId: string) => ofLab.all(labId),
    saveReport: (id: string, json: string) => report.run(json, id).changes === 1,
  }
}
