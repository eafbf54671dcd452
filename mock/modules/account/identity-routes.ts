import { maskPhone } from '../../../src/services/contract'
import { notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { createAgentGrants } from './identity/agents'
import type { HandlerDeps } from '../deps'
import { profileOf } from './profile-view'

type IdentityKeys =
  | 'POST /api/v1/me/identity/verifications'
  | 'POST /api/v1/me/identity/verifications/:id/confirm'
  | 'GET /api/v1/dev/outbox'
  | 'GET /api/v1/me/enterprises/:id/agents'
  | 'POST /api/v1/me/enterprises/:id/agents'
  | 'POST /api/v1/me/enterprises/:id/agents/:grantId/revoke'
  | 'POST /api/v1/me/enterprise-agent-claims'

export function identityHandlers({
  repos,
  verification,
  devOutbox,
}: HandlerDeps): Pick<Handlers, IdentityKeys> {
  const agents = createAgentGrants(repos)
  return {
    'POST /api/v1/me/identity/verifications': ({ body }, ctx) =>
      verification.start(ctx.session.userId, body, ctx.now),
    'POST /api/v1/me/identity/verifications/:id/confirm': async ({ params, body }, ctx) => {
      await verification.confirm(ctx.session.userId, params.id, body.code, ctx.now)
      return profileOf(repos, ctx.session.userId, ctx.now)
    },
    // Only the development verifier "sends" SMS; with WeChat 人脸核身 there is no outbox at all.
    'GET /api/v1/dev/outbox': async (_input, ctx) => {
      if (!devOutbox) throw notFound('没有找到该接口，请检查地址或升级到最新版本')
      return {
        items: (await repos.identity.outbox(ctx.session.userId)).map((m) => ({
          phoneMasked: maskPhone(m.phone),
          text: m.text,
          sentAt: m.sent_at,
        })),
      }
    },
    'GET /api/v1/me/enterprises/:id/agents': ({ params }, ctx) =>
      agents.list(ctx.session.userId, params.id, ctx.now),
    'POST /api/v1/me/enterprises/:id/agents': ({ params, body }, ctx) =>
      agents.grant(ctx.session.userId, params.id, body, ctx.now),
    'POST /api/v1/me/enterprises/:id/agents/:grantId/revoke': ({ params }, ctx) =>
      agents.revoke(ctx.session.userId, params.id, params.grantId, ctx.now),
    'POST /api/v1/me/enterprise-agent-claims': async ({ body }, ctx) => {
      await agents.claim(ctx.session.userId, body.code, ctx.now)
      return profileOf(repos, ctx.session.userId, ctx.now)
    },
  }
}
