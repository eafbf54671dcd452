import { testDatabase } from '../helpers'

/**
 * The refusal's message. Not `rejects.toThrow`: better-sqlite3 makes its errors with the class of
 * the first realm that loaded it in the process (jest's global setup, when a file runs alone), so
 * they need not be an `Error` of this one.
 */
const refusal = (query: Promise<unknown>) =>
  query.then(
    () => 'accepted',
    (error: unknown) => String((error as { message?: unknown }).message),
  )

test('the schema enforces its constraints on either engine', async () => {
  const { sql, close } = await testDatabase()
  const now = '2026-03-02T01:00:00.000Z'
  const user = (id: string) => ({ id, openid: 'o1', nickname: 'n', created_at: now })
  try {
    await sql.insertInto('users').values(user('u1')).execute()
    expect(await refusal(sql.insertInto('users').values(user('u2')).execute())).toMatch(/unique/i)
    expect(
      await refusal(
        sql
          .insertInto('sessions')
          .values({ token_hash: 'h', user_id: 'nobody', created_at: now, expires_at: now })
          .execute(),
      ),
    ).toMatch(/foreign key/i)
    // A window, bank or lab role is always for one place.
    expect(
      await refusal(
        sql
          .insertInto('role_grants')
          .values({ id: 'g1', user_id: 'u1', kind: 'window', granted_at: now })
          .execute(),
      ),
    ).toMatch(/check/i)
  } finally {
    await close()
  }
})
