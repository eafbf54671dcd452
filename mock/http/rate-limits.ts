import type { ErrorCode } from '../../src/services/contract'
import fastifyRateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ApiError } from './errors'
import type { Sql } from '../db/engine'
import { databaseStore } from './rate-limit-store'
import type { Session } from './types'

/** At most `max` requests per `windowMs`; `perUser` counts a signed-in user from any address. */
export interface Limit {
  perAddress: number
  perUser?: number
  windowMs: number
}

export type LimitName =
  'signIn' | 'search' | 'qrResolve' | 'utilityBinding' | 'upload' | 'grantCode' | 'inviteCode'
export type RateLimits = Record<LimitName, Limit>

const MINUTE = 60_000

/** Generous for a person (and for a 办事大厅 sharing one address), short for a script. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  signIn: { perAddress: 10, windowMs: MINUTE },
  search: { perUser: 60, perAddress: 600, windowMs: MINUTE },
  qrResolve: { perUser: 60, perAddress: 600, windowMs: MINUTE },
  // 户号 are sequential: binding is where a script would walk the neighbours' numbers.
  utilityBinding: { perUser: 20, perAddress: 100, windowMs: 60 * MINUTE },
  upload: { perUser: 60, perAddress: 300, windowMs: 10 * MINUTE },
  // 8-digit 亲情代办 codes are read aloud; tries are capped so they cannot be guessed.
  grantCode: { perUser: 30, perAddress: 300, windowMs: 10 * MINUTE },
  // 8-digit staff invites: one person claims one, so ten tries are plenty.
  inviteCode: { perUser: 10, perAddress: 100, windowMs: 10 * MINUTE },
}

/** Route → limit. Two routes naming one limit share its counters. */
const LIMITED_ROUTES: Record<string, LimitName> = {
  'POST /api/v1/auth/wechat-login': 'signIn',
  'GET /api/v1/catalog/search': 'search',
  // 智能导办 searches too, and may call the large model: counted with search.
  'POST /api/v1/guide/ask': 'search',
  'POST /api/v1/qr/resolve': 'qrResolve',
  'POST /api/v1/utilities/accounts': 'utilityBinding',
  'POST /api/v1/uploads': 'upload',
  'POST /api/v1/proxy/claims/preview': 'grantCode',
  'POST /api/v1/proxy/claims': 'grantCode',
  'POST /api/v1/staff/invites/claim': 'inviteCode',
  'POST /api/v1/admin/sign-in/requests': 'signIn',
  'POST /api/v1/admin/sign-in/dev': 'signIn',
}

const REFUSALS: Record<LimitName, { code: ErrorCode; action: string }> = {
  signIn: { code: 'RATE_LIMITED', action: '登录尝试' },
  search: { code: 'RATE_LIMITED', action: '搜索' },
  qrResolve: { code: 'RATE_LIMITED', action: '扫码' },
  utilityBinding: { code: 'RATE_LIMITED', action: '绑定户号' },
  upload: { code: 'RATE_LIMITED', action: '上传' },
  grantCode: { code: 'GRANT_CODE_TOO_MANY', action: '输入授权码' },
  inviteCode: { code: 'INVITE_CODE_TOO_MANY', action: '输入邀请码' },
}

/** 59 s → “59秒”, 60 s → “1分钟”, 61 min → “2小时” … rounded up: the user never retries too early. */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, seconds)}秒`
  if (seconds <= 3600) return `${Math.ceil(seconds / 60)}分钟`
  return `${Math.ceil(seconds / 3600)}小时`
}

export function tooMany(name: LimitName, retryAfterSeconds: number): ApiError {
  const { code, action } = REFUSALS[name]
  return new ApiError(429, code, `${action}过于频繁，请${waitInWords(retryAfterSeconds)}后再试`)
}

/** Every limit multiplied by `factor` (a test run signing in hundreds of devices from one address). */
export function scaledLimits(factor: number, limits: RateLimits = DEFAULT_RATE_LIMITS): RateLimits {
  const scale = (n: number | undefined) => (n === undefined ? undefined : Math.ceil(n * factor))
  return Object.fromEntries(
    Object.entries(limits).map(([name, limit]) => [
      name,
      { ...limit, perAddress: scale(limit.perAddress)!, perUser: scale(limit.perUser) },
    ]),
  ) as RateLimits
}

export interface RateLimitDeps {
  limits: RateLimits
  /** Where the counters live: every instance on one database shares them. */
  sql: Sql
  now: () => Date
  authenticate: (authorization: string | undefined, now: Date) => Promise<Session | null>
}

type Check = ReturnType<FastifyInstance['createRateLimit']>

/**
 * `@fastify/rate-limit` per address and per signed-in user on the routes above, checked before
 * authentication and before the body is read. A refusal is a 429 in the error contract with
 * `retry-after`.
 */
export function installRateLimits(app: FastifyInstance, deps: RateLimitDeps): void {
  void app.register(fastifyRateLimit, { global: false, store: databaseStore(deps.sql, deps.now) })
  const checks = new Map<LimitName, { perAddress: Check; perUser?: Check }>()
  const sessions = new WeakMap<FastifyRequest, Promise<Session | null>>()
  const userOf = (request: FastifyRequest) => {
    let session = sessions.get(request)
    if (!session) {
      session = deps.authenticate(request.headers.authorization, deps.now())
      sessions.set(request, session)
    }
    return session
  }

  app.addHook('onReady', async () => {
    for (const [name, limit] of Object.entries(deps.limits) as [LimitName, Limit][]) {
      checks.set(name, {
        perAddress: app.createRateLimit({
          max: limit.perAddress,
          timeWindow: limit.windowMs,
          keyGenerator: (request) => `${name}:ip:${request.ip}`,
        }),
        ...(limit.perUser !== undefined && {
          perUser: app.createRateLimit({
            max: limit.perUser,
            timeWindow: limit.windowMs,
            keyGenerator: async (request) =>
              `${name}:user:${(await userOf(request))?.userId ?? ''}`,
          }),
        }),
      })
    }
  })

  const refuseIfExceeded = async (
    name: LimitName,
    check: Check,
    request: FastifyRequest,
    reply: FastifyReply,
  ) => {
    const result = await check(request)
    if (result.isAllowed || !result.isExceeded) return
    reply.header('retry-after', String(result.ttlInSeconds))
    throw tooMany(name, result.ttlInSeconds)
  }

  // Only the limited routes carry the check: every other request pays nothing for it.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    const name = methods.map((method) => LIMITED_ROUTES[`${method} ${route.url}`]).find(Boolean)
    if (!name) return
    const limit = async (request: FastifyRequest, reply: FastifyReply) => {
      const check = checks.get(name)
      if (!check) return
      await refuseIfExceeded(name, check.perAddress, request, reply)
      if (check.perUser && (await userOf(request)))
        await refuseIfExceeded(name, check.perUser, request, reply)
    }
    const own = route.onRequest
    route.onRequest = own ? [limit, ...(Array.isArray(own) ? own : [own])] : [limit]
  })
}
