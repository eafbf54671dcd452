import { createAuthenticator } from '../../../mock/auth/authenticate'
import { newSessionToken, sha256Hex } from '../../../mock/auth/tokens'
import { burst } from '../../support/three-instances'
import { accountInstances, refusals } from './instances'

const at = '2026-03-02T01:00:00.000Z'
const later = '2026-04-01T01:00:00.000Z'

describe('sign-in on PostgreSQL across three server instances', () => {
  test('60 first sign-ins of one openid at once make one account, all of them signed in to it', async () => {
    const { sqls, repos, close } = await accountInstances()
    try {
      const results = await burst(60, sqls, (_sql, i) =>
        repos[i % 3]!.users.findOrCreate({
          id: `user-${i}`,
          openid: 'openid-1',
          nickname: '青山用户0001',
          created_at: at,
        }),
      )
      expect(refusals(results)).toEqual({})
      const signedIn = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
      expect(signedIn.filter((s) => s.created)).toHaveLength(1)
      expect(new Set(signedIn.map((s) => s.user.id)).size).toBe(1)
      const accounts = await sqls[2].selectFrom('users').select('id').execute()
      expect(accounts).toEqual([{ id: signedIn[0]!.user.id }])
    } finally {
      await close()
    }
  })

  test('a sign-out on one instance ends the session on all three at once', async () => {
    const { sqls, repos, close } = await accountInstances()
    try {
      const { user } = await repos[0]!.users.findOrCreate({
        id: 'u1',
        openid: 'openid-1',
        nickname: '青山用户0001',
        created_at: at,
      })
      const token = newSessionToken()
      await repos[0]!.sessions.create(sha256Hex(token), user.id, at, later)
      const authenticators = repos.map((r) => createAuthenticator(r.sessions))
      const now = new Date('2026-03-02T02:00:00.000Z')
      const header = `Bearer ${token}`
      const before = await burst(60, sqls, (_sql, i) => authenticators[i % 3]!(header, now))
      expect(before.every((r) => r.status === 'fulfilled' && r.value?.userId === user.id)).toBe(
        true,
      )
      await repos[1]!.sessions.remove(sha256Hex(token))
      const after = await burst(60, sqls, (_sql, i) => authenticators[i % 3]!(header, now))
      const stillSignedIn = after.filter((r) => r.status !== 'fulfilled' || r.value !== null)
      expect(stillSignedIn).toHaveLength(0)
    } finally {
      await close()
    }
  })
})
