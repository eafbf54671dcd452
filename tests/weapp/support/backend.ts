// The real reference server (buildApp on a copy of the seeded database) behind the specs' wx, and
// a signed-in API client to create what a spec needs through the same HTTP API the app uses.
import { randomBytes } from 'node:crypto'
import { settled } from './in-flight'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { fakeClock, login, testApp, verifyAs, type RegisteredPerson } from '../../mock/helpers'

/** Monday 2026-03-02 09:00 in 青山区: the server's clock, and the phone's (see `startBackend`). */
export const NOW = '2026-03-02T09:00:00+08:00'
/** What the stubbed wx.login answers: the server's dev sign-in maps it to one stable user. */
export const LOGIN_CODE = 'test-code'

export interface ApiClient {
  token: string
  /** Sends one request as this user; answers `data`, or throws with the server's error body. */
  call<T = unknown>(method: string, url: string, payload?: unknown): Promise<T>
  verify(person: RegisteredPerson): Promise<void>
}

export interface Backend {
  server: FastifyInstance
  /** Signs in with a wx.login code (the app's user is `LOGIN_CODE`; staff are `dev:<handle>`). */
  signIn(code?: string): Promise<ApiClient>
}

const idempotencyKey = () => randomBytes(16).toString('hex')

function client(server: FastifyInstance, token: string): ApiClient {
  const call = async <T>(method: string, url: string, payload?: unknown): Promise<T> => {
    const options: InjectOptions = {
      method: method as InjectOptions['method'],
      url,
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': idempotencyKey() },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    }
    await settled()
    const response = await server.inject(options)
    if (response.statusCode >= 400) throw new Error(`${method} ${url}: ${response.body}`)
    return (JSON.parse(response.body) as { data: T }).data
  }
  return { token, call, verify: (person) => verifyAs(server, token, person) }
}

/**
 * One server per spec file, with the phone's `Date` set to the server's clock (and running on
 * from it, so waits still time out): dates the app formats agree with the ones the server sent.
 */
/** `options`: the server's own settings (subscription templates…); the clock is always the fixed one. */
export function startBackend(options: Parameters<typeof testApp>[0] = {}): Backend {
  const clock = fakeClock(NOW)
  jest.useFakeTimers({
    now: clock.now(),
    advanceTimers: true,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  })
  const { app: server } = testApp({ ...options, now: clock.now })
  afterAll(async () => {
    // A request the app sent last (e.g. after loading its async transport) is answered before
    // the server closes, rather than failing into the next test file of this worker.
    await settled()
    await server.close()
    jest.useRealTimers()
  })
  return {
    server,
    signIn: async (code = LOGIN_CODE) => client(server, await login(server, code)),
  }
}
