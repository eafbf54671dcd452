import type { Db } from '../../db/sqlite'

export interface UserRow {
  id: string
  openid: string
  nickname: string
  real_name: string | null
  id_number: string | null
  identity_method: 'sms' | 'face' | null
  identity_verified_at: string | null
  active_enterprise_id: string | null
  contact_name: string | null
  contact_phone: string | null
  created_at: string
}

type NewUser = Pick<UserRow, 'id' | 'openid' | 'nickname' | 'created_at'>

export function createUserRepo(db: Db) {
  const byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?')
  const byOpenid = db.prepare<[string], UserRow>('SELECT * FROM users WHERE openid = ?')
  const insert = db.prepare<[NewUser]>(
    'INSERT INTO users (id, openid, nickname, created_at) VALUES (@id, @openid, @nickname, @created_at)',
  )
  const updateContact = db.prepare<[string, string, string]>(
    'UPDATE users SET contact_name = ?, contact_phone = ? WHERE id = ?',
  )
  const upsertNamed = db.prepare<[NewUser]>(
    `INSERT INTO users (id, openid, nickname, created_at)
    VALUES (@id, @openid, @nickname, @created_at)
    ON CONFLICT (openid) DO UPDATE SET nickname = excluded.nickname`,
  )
  const updateActive = db.prepare<[string | null, string]>(
    'UPDATE users SET active_enterprise_id = ? WHERE id = ?',
  )

  return {
    findById: (id: string) => byId.get(id),
    findByOpenid: (openid: string) => byOpenid.get(openid),
    /** Finds the user of an openid, creating it on first sign-in; one transaction, so no duplicates. */
    findOrCreate: db.transaction((user: NewUser): { user: UserRow; created: boolean } => {
      const existing = byOpenid.get(user.openid)
      if (existing) return { user: existing, created: false }
      insert.run(user)
      const created = byId.get(user.id)
      if (!created) throw new Error('user insert did not persist')
      return { user: created, created: true }
    }),
    /** Creates the account of an openid, or renames the existing one; returns the stored user. */
    ensureNamed: (user: NewUser): UserRow => {
      upsertNamed.run(user)
      const stored = byOpenid.get(user.openid)
      if (!stored) throw new Error('account did not persist')
      return stored
    },
    setContact: (id: string, name: string, phone: string) => {
      updateContact.run(name, phone, id)
    },
    setActiveEnterprise: (id: string, enterpriseId: string | null) => {
      updateActive.run(enterpriseId, id)
    },
  }
}

export type UserRepo = ReturnType<typeof createUserRepo>
