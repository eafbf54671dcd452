import { DEFAULT_RATE_LIMITS } from '../../../mock/http/rate-limits'
import { authed, json, login, testApp, type ErrorJson } from '../helpers'

test('智能导办 is counted with search: the 4th request of a minute is a 429 that says when to retry', async () => {
  const { app } = testApp({
    rateLimitFactor: 1,
    rateLimits: {
      ...DEFAULT_RATE_LIMITS,
      search: { perUser: 3, perAddress: 50, windowMs: 60_000 },
    },
  })
  try {
    const token = await login(app, 'dev:guide-heavy')
    const ask = () =>
      app.inject(
        authed(token, {
          method: 'POST',
          url: '/api/v1/guide/ask',
          payload: { text: '我要开饭店' },
        }),
      )
    for (let i = 0; i < 3; i += 1) expect((await ask()).statusCode).toBe(200)
    const refused = await ask()
    expect(refused.statusCode).toBe(429)
    expect(json<ErrorJson>(refused).error.message).toMatch(/过于频繁，请\d+(秒|分钟)后再试$/)
  } finally {
    await app.close()
  }
})
