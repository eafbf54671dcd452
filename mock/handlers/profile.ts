import { randomUUID } from 'node:crypto'
import { ApiError, notFound } from '../http/errors'
import type { Handlers } from '../http/types'
import type { HandlerDeps } from './deps'
import { profileOf } from './profile-view'

type ProfileKeys =
  | 'GET /api/v1/me'
  | 'PUT /api/v1/me/real-name'
  | 'POST /api/v1/me/enterprises'
  | 'PUT /api/v1/me/active-identity'

export const MAX_ENTERPRISES = 10

export function profileHandlers({ repos }: HandlerDeps): Pick<Handlers, ProfileKeys> {
  return {
    'GET /api/v1/me': (_input, ctx) => profileOf(repos, ctx.session.userId),

    'PUT /api/v1/me/real-name': ({ body }, ctx) => {
      repos.users.setRealName(ctx.session.userId, body.name, body.idNumber)
      return profileOf(repos, ctx.session.userId)
    },

    'POST /api/v1/me/enterprises': ({ body }, ctx) => {
      const { userId } = ctx.session
      repos.enterprises.transaction(() => {
        if (repos.enterprises.findByUscc(userId, body.uscc)) {
          throw new ApiError(
            409,
            'ENTERPRISE_ALREADY_BOUND',
            '该企业已绑定，可在“切换身份”中直接选择',
          )
        }
        if (repos.enterprises.countByUser(userId) >= MAX_ENTERPRISES) {
          throw new ApiError(
            409,
            'ENTERPRISE_LIMIT_REACHED',
            `最多可绑定${MAX_ENTERPRISES}家企业，请先解绑不再办理业务的企业`,
          )
        }
        repos.enterprises.insert({
          id: `ent_${randomUUID()}`,
          user_id: userId,
          name: body.name,
          uscc: body.uscc,
          created_at: ctx.now.toISOString(),
        })
      })
      return profileOf(repos, userId)
    },

    'PUT /api/v1/me/active-identity': ({ body }, ctx) => {
      const { userId } = ctx.session
      const { enterpriseId } = body
      if (enterpriseId !== null && !repos.enterprises.findOfUser(enterpriseId, userId)) {
        throw notFound('没有找到该企业，请先绑定企业后再切换')
      }
      repos.users.setActiveEnterprise(userId, enterpriseId)
      return profileOf(repos, userId)
    },
  }
}
