import { ApiError } from '../http/errors'
import { createRateLimiter } from '../http/rate-limit'
import type { Handlers } from '../http/types'
import { claimable, claimGrant, createGrant, refreshCode, revokeGrant } from '../proxy/grants'
import { toActingGrant, toAuditEntry, toGrant } from '../proxy/view'
import type { HandlerDeps } from './deps'

type ProxyKeys =
  | 'POST /api/v1/proxy/grants'
  | 'GET /api/v1/proxy/grants'
  | 'POST /api/v1/proxy/grants/:id/code'
  | 'POST /api/v1/proxy/grants/:id/revoke'
  | 'POST /api/v1/proxy/claims/preview'
  | 'POST /api/v1/proxy/claims'
  | 'GET /api/v1/proxy/acting'
  | 'GET /api/v1/proxy/audit'

const CODE_TRIES = 30
const CODE_WINDOW_MS = 10 * 60_000

export function proxyHandlers({ repos, qrKey }: HandlerDeps): Pick<Handlers, ProxyKeys> {
  // 8 digits are easy to read aloud; a cap on tries per user keeps them from being guessed.
  const tries = createRateLimiter({ limit: CODE_TRIES, windowMs: CODE_WINDOW_MS })
  const limit = (userId: string, now: Date) => {
    if (!tries.tryHit(userId, now.getTime())) {
      throw new ApiError(429, 'GRANT_CODE_TOO_MANY', '输入授权码的次数太多，请10分钟后再试')
    }
  }
  const grant = (row: Parameters<typeof toGrant>[2], now: Date) => toGrant(repos, qrKey, row, now)
  return {
    'POST /api/v1/proxy/grants': ({ body }, ctx) =>
      grant(createGrant(repos, ctx.session.userId, body, ctx.now), ctx.now),
    'GET /api/v1/proxy/grants': (_input, ctx) => ({
      items: repos.proxy.ofGrantor(ctx.session.userId).map((r) => grant(r, ctx.now)),
    }),
    'POST /api/v1/proxy/grants/:id/code': ({ params }, ctx) =>
      grant(refreshCode(repos, params.id, ctx.session.userId, ctx.now), ctx.now),
    'POST /api/v1/proxy/grants/:id/revoke': ({ params }, ctx) =>
      grant(revokeGrant(repos, params.id, ctx.session.userId, ctx.now), ctx.now),
    'POST /api/v1/proxy/claims/preview': ({ body }, ctx) => {
      limit(ctx.session.userId, ctx.now)
      return toActingGrant(
        repos,
        claimable(repos, qrKey, body.code, ctx.session.userId, ctx.now),
        ctx.now,
      )
    },
    'POST /api/v1/proxy/claims': ({ body }, ctx) => {
      limit(ctx.session.userId, ctx.now)
      return toActingGrant(
        repos,
        claimGrant(repos, qrKey, body.code, ctx.session.userId, ctx.now),
        ctx.now,
      )
    },
    'GET /api/v1/proxy/acting': (_input, ctx) => ({
      items: repos.proxy.ofGrantee(ctx.session.userId).map((r) => toActingGrant(repos, r, ctx.now)),
    }),
    'GET /api/v1/proxy/audit': ({ query }, ctx) => ({
      items: repos.proxy
        .audit(ctx.session.userId, query.as ?? 'grantor')
        .map((r) => toAuditEntry(repos, r)),
    }),
  }
}
