import { prefillOf } from './prefill'
import { toLicence } from './view'
import { walletOf } from './wallet'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'

type EcertKeys = 'GET /api/v1/ecert/licences' | 'GET /api/v1/ecert/prefill'

export function ecertHandlers({ repos }: HandlerDeps): Pick<Handlers, EcertKeys> {
  return {
    'GET /api/v1/ecert/licences': async (_input, ctx) => ({
      items: (await walletOf(repos, ctx.session.userId, ctx.now)).map((row) =>
        toLicence(row, ctx.now),
      ),
    }),
    'GET /api/v1/ecert/prefill': (_input, ctx) => prefillOf(repos, ctx.session.userId, ctx.now),
  }
}
