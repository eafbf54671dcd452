import type { Db } from '../open'

export interface EnterpriseRow {
  id: string
  user_id: string
  name: string
  uscc: string
  created_at: string
}

export function createEnterpriseRepo(db: Db) {
  const byUser = db.prepare<[string], EnterpriseRow>(
    'SELECT * FROM enterprises WHERE user_id = ? ORDER BY created_at, rowid',
  )
  const count = db.prepare<[string], number>('SELECT COUNT(*) FROM enterprises WHERE user_id = ?')
  const byUscc = db.prepare<[string, string], EnterpriseRow>(
    'SELECT * FROM enterprises WHERE user_id = ? AND uscc = ?',
  )
  const ofUser = db.prepare<[string, string], EnterpriseRow>(
    'SELECT * FROM enterprises WHERE id = ? AND user_id = ?',
  )
  const insert = db.prepare<[EnterpriseRow]>(
    'INSERT INTO enterprises (id, user_id, name, uscc, created_at) VALUES (@id, @user_id, @name, @uscc, @created_at)',
  )

  return {
    listByUser: (userId: string) => byUser.all(userId),
    countByUser: (userId: string): number => count.pluck().get(userId) ?? 0,
    findByUscc: (userId: string, uscc: string) => byUscc.get(userId, uscc),
    /** Scoped by owner: another user's id reads as "not found". */
    findOfUser: (id: string, userId: string) => ofUser.get(id, userId),
    insert: (row: EnterpriseRow) => {
      insert.run(row)
    },
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
  }
}

export type EnterpriseRepo = ReturnType<typeof createEnterpriseRepo>
