import Fastify from 'fastify'
import type { Sql } from '../../../mock/db/engine'
import { installErrorHandling } from '../../../mock/http/errors'
import { DEFAULT_RATE_LIMITS, installRateLimits } from '../../../mock/http/rate-limits'
import { burst, threeInstances } from '../../support/three-instances'

const SIGN_INS = DEFAULT_RATE_LIMITS.signIn.perAddress

/** One server instance's rate limits over its own pool, in front of a stand-in sign-in. */
async function instance(sql: Sql, now: () => Date) {
  const app = Fastify()
  installErrorHandling(app)
  installRateLimits(app, {
    limits: DEFAULT_RATE_LIMITS,
    sql,
    now,
    authenticate: async () => null,
  })
  app.post('/api/v1/auth/wechat-login', async () => ({ data: { ok: true } }))
  await app.ready()
  return app
}

test(`the sign-in limit is shared by three instances: ${SIGN_INS * 3} attempts from one address, ${SIGN_INS} pass`, async () => {
  const { sqls, close } = await threeInstances()
  let clock = new Date('2026-03-02T01:00:00.000Z')
  const now = () => clock
  const apps = await Promise.all(sqls.map((sql) => instance(sql, now)))
  const signIn = (i: number) =>
    apps[i % 3]!.inject({
      method: 'POST',
      url: '/api/v1/auth/wechat-login',
      payload: {},
      remoteAddress: '192.0.2.50',
    })
  try {
    const statuses = async (count: number) =>
      (await burst(count, sqls, (_sql, i) => signIn(i))).map((r) =>
        r.status === 'fulfilled' ? r.value.statusCode : 0,
      )
    const first = await statuses(SIGN_INS * 3)
    expect(first.filter((s) => s === 200)).toHaveLength(SIGN_INS)
    expect(first.filter((s) => s === 429)).toHaveLength(SIGN_INS * 2)
    // A minute later a new window opens, for all three alike.
    clock = new Date(clock.getTime() + 60_000)
    const next = await statuses(SIGN_INS * 3)
    expect(next.filter((s) => s === 200)).toHaveLength(SIGN_INS)
    const counters = await sqls[0].selectFrom('rate_limit_counters').selectAll().execute()
    expect(counters).toEqual([
      {
        key: 'signIn:ip:192.0.2.50',
        count: SIGN_INS * 3,
        window_ends_at: '2026-03-02T01:02:00.000Z',
      },
    ])
  } finally {
    await Promise.all(apps.map((app) => app.close()))
    await close()
  }
})
