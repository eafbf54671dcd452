import { randomUUID } from 'node:crypto'
import { PRIVACY_POLICY_VERSION } from '../../../src/services/contract'
import { ApiError } from '../../http/errors'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'

export function privacyHandlers({
  repos,
}: HandlerDeps): Pick<Handlers, 'POST /api/v1/privacy/consents'> {
  return {
    'POST /api/v1/privacy/consents': async ({ body }, ctx) => {
      // Consent to a text the user was not shown is no consent.
      if (body.version !== PRIVACY_POLICY_VERSION) {
        throw new ApiError(400, 'VALIDATION_FAILED', '隐私政策已更新，请阅读最新版本后再同意', {
          version: `当前隐私政策版本为${PRIVACY_POLICY_VERSION}，请阅读后重新同意`,
        })
      }
      const row = {
        id: `pc_${randomUUID()}`,
        user_id: ctx.session.userId,
        version: body.version,
        channel: body.channel,
        agreed_at: ctx.now.toISOString(),
      }
      await repos.consents.insert(row)
      return { id: row.id, version: row.version, channel: row.channel, agreedAt: row.agreed_at }
    },
  }
}
