import type { Db } from '../../db/sqlite'

export interface ConsentRow {
  id: string
  user_id: string
  version: string
  channel: 'weapp' | 'h5'
  agreed_at: string
}

export function createConsentRepo(db: Db) {
  const insert = db.prepare<[ConsentRow]>(
    'INSERT INTO privacy_consents (id, user_id, version, channel, agreed_at) VALUES (@id, @user_id, @version, @channel, @agreed_at)',
  )
  const byUser = db.prepare<[string], ConsentRow>(
    'SELECT * FROM privacy_consents WHERE user_id = ? ORDER BY agreed_at, rowid',
  )
  return {
    insert: (row: ConsentRow) => {
      insert.run(row)
    },
    listByUser: (userId: string) => byUser.all(userId),
  }
}

export type ConsentRepo = ReturnType<typeof createConsentRepo>
