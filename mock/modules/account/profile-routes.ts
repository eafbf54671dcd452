import { notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { bindAsLegalRepresentative } from './identity/enterprise-binding'
import type { HandlerDeps } from '../deps'
import { profileOf } from './profile-view'

type ProfileKeys =
  'GET /api/v1/me' | 'POST /api/v1/me/enterprises' | 'PUT /api/v1/me/active-identity'

export function profileHandlers({ repos }: HandlerDeps): Pick<Handlers, ProfileKeys> {
  return {
    'GET /api/v1/me': (_input, ctx) => profileOf(repos, ctx.session.userId, ctx.now),

    'POST /api/v1/me/enterprises': async ({ body }, ctx) => {
      await bindAsLegalRepresentative(repos, ctx.session.userId, body, ctx.now)
      return profileOf(repos, ctx.session.userId, ctx.now)
    },

    'PUT /api/v1/me/active-identity': async ({ body }, ctx) => {
      const { userId } = ctx.session
      const { enterpriseId } = body
      if (
        enterpriseId !== null &&
        !(await repos.enterprises.findOfUser(enterpriseId, userId, ctx.now))
      ) {
        throw notFound('没有找到该企业，请先绑定企业后再切换')
      }
      await repos.users.setActiveEnterprise(userId, enterpriseId)
      return profileOf(repos, userId, ctx.now)
    },
  }
}
