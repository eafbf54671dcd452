import { arg, compiledOnce } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'

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

/** A user with the kind and time of their latest identity event (null when none), for 我的. */
export interface ProfileRow extends UserRow {
  last_event_kind: string | null
  last_event_at: string | null
}

export type NewUser = Pick<UserRow, 'id' | 'openid' | 'nickname' | 'created_at'>

export function createUserRepo(sql: Sql) {
  const users = () => sql.selectFrom('users').selectAll()
  const byOpenid = (openid: string) =>
    users().where('openid', '=', openid).executeTakeFirst() as Promise<UserRow | undefined>

  // Read on most signed-in requests.
  const byId = compiledOnce(users().where('id', '=', arg(0)))

  // 我的 shows whether another account took this one's identity since (the latest event).
  const profileById = compiledOnce(
    users()
      .select((eb) => {
        const latest = () =>
          eb
            .selectFrom('identity_events as e')
            .whereRef('e.user_id', '=', 'users.id')
            .orderBy('e.id', 'desc')
            .limit(1)
        return [
          latest().select('e.kind').as('last_event_kind'),
          latest().select('e.at').as('last_event_at'),
        ]
      })
      .where('id', '=', arg(0)),
  )

  return {
    /** The user and their latest identity event, in one read. */
    profileRow: async (id: string) =>
      (await sql.executeQuery(profileById(id))).rows[0] as ProfileRow | undefined,
    findById: async (id: string) =>
      (await sql.executeQuery(byId(id))).rows[0] as UserRow | undefined,
    findByOpenid: byOpenid,
    /** Nicknames of many users in one read (lists that name people on every row). */
    nicknames: async (ids: readonly string[]): Promise<Map<string, string>> => {
      if (ids.length === 0) return new Map()
      const rows = await sql
        .selectFrom('users')
        .select(['id', 'nickname'])
        .where('id', 'in', [...ids])
        .execute()
      return new Map(rows.map((row) => [row.id, row.nickname]))
    },
    /**
     * The user of an openid, created on first sign-in. The openid's unique index decides: of
     * sign-ins racing on several instances, one inserts and the others read its row.
     */
    findOrCreate: async (user: NewUser): Promise<{ user: UserRow; created: boolean }> => {
      const inserted = await sql
        .insertInto('users')
        .values(user)
        .onConflict((conflict) => conflict.column('openid').doNothing())
        .executeTakeFirst()
      const stored = await byOpenid(user.openid)
      if (!stored) throw new Error('user insert did not persist')
      return { user: stored, created: Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1 }
    },
    /** Creates the account of an openid, or renames the existing one; returns the stored user. */
    ensureNamed: async (user: NewUser): Promise<UserRow> => {
      await sql
        .insertInto('users')
        .values(user)
        .onConflict((conflict) =>
          conflict.column('openid').doUpdateSet({ nickname: user.nickname }),
        )
        .execute()
      const stored = await byOpenid(user.openid)
      if (!stored) throw new Error('account did not persist')
      return stored
    },
    setContact: async (id: string, name: string, phone: string) => {
      await sql
        .updateTable('users')
        .set({ contact_name: name, contact_phone: phone })
        .where('id', '=', id)
        .execute()
    },
    setActiveEnterprise: async (id: string, enterpriseId: string | null) => {
      await sql
        .updateTable('users')
        .set({ active_enterprise_id: enterpriseId })
        .where('id', '=', id)
        .execute()
    },
  }
}

export type UserRepo = ReturnType<typeof createUserRepo>
