import { testDatabase } from '../helpers'

test('the schema enforces its constraints on either engine', async () => {
  const { sql, close } = await testDatabase()
  const now = '2026-03-02T01:00:00.000Z'
  const user = (id: string) => ({ id, openid: 'o1', nickname: 'n', created_at: now })
  try {
    await sql.insertInto('users').values(user('u1')).execute()
    await expect(sql.insertInto('users').values(user('u2')).execute()).rejects.toThrow(/unique/i)
    await expect(
      sql
        .insertInto('sessions')
        .values({ token_hash: 'h', user_id: 'nobody', created_at: now, expires_at: now })
        .execute(),
    ).rejects.toThrow(/foreign key/i)
    // A window, bank or lab role is always for one place.
    await expect(
      sql
        .insertInto('role_grants')
        .values({ id: 'g1', user_id: 'u1', kind: 'window', granted_at: now })
        .execute(),
    ).rejects.toThrow(/check/i)
  } finally {
    await close()
  }
})
