import type { Handlers } from '../../http/types'
import { claimable, claimGrant, createGrant, refreshCode, revokeGrant } from './grants'
import { toActingGrant, toAuditEntry, toGrant } from './view'
import type { HandlerDeps } from '../deps'

type ProxyKeys =
  | 'POST /api/v1/proxy/grants'
  | 'GET /api/v1/proxy/grants'
  | 'POST /api/v1/proxy/grants/:id/code'
  | 'POST /api/v1/proxy/grants/:id/revoke'
  | 'POST /api/v1/proxy/claims/preview'
  | 'POST /api/v1/proxy/claims'
  | 'GET /api/v1/proxy/acting'
  | 'GET /api/v1/proxy/audit'

export function proxyHandlers({ repos, qrKey }: HandlerDeps): Pick<Handlers, ProxyKeys> {
  // Code tries per user are capped by the `grantCode` rate limit (http/rate-limits.ts).
  const grant = (row: Parameters<typeof toGrant>[2], now: Date) => toGrant(repos, qrKey, row, now)
  return {
    'POST /api/v1/proxy/grants': async ({ body }, ctx) =>
      grant(await createGrant(repos, ctx.session.userId, body, ctx.now), ctx.now),
    'GET /api/v1/proxy/grants': async (_input, ctx) => ({
      items: await Promise.all(
        (await repos.proxy.ofGrantor(ctx.session.userId)).map((r) => grant(r, ctx.now)),
      ),
    }),
    'POST /api/v1/proxy/grants/:id/code': async ({ params }, ctx) =>
      grant(await refreshCode(repos, params.id, ctx.session.userId, ctx.now), ctx.now),
    'POST /api/v1/proxy/grants/:id/revoke': async ({ params }, ctx) =>
      grant(await revokeGrant(repos, params.id, ctx.session.userId, ctx.now), ctx.now),
    'POST /api/v1/proxy/claims/preview': async ({ body }, ctx) =>
      toActingGrant(
        repos,
        await claimable(repos, qrKey, body.code, ctx.session.userId, ctx.now),
        ctx.now,
      ),
    'POST /api/v1/proxy/claims': async ({ body }, ctx) =>
      toActingGrant(
        repos,
        await claimGrant(repos, qrKey, body.code, ctx.session.userId, ctx.now),
        ctx.now,
      ),
    'GET /api/v1/proxy/acting': async (_input, ctx) => ({
      items: await Promise.all(
        (await repos.proxy.ofGrantee(ctx.session.userId)).map((r) =>
          toActingGrant(repos, r, ctx.now),
        ),
      ),
    }),
    'GET /api/v1/proxy/audit': async ({ query }, ctx) => ({
      items: (await repos.proxy.audit(ctx.session.userId, query.as ?? 'grantor')).map(toAuditEntry),
    }),
  }
}
