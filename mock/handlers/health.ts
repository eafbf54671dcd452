import type { Handlers } from '../http/types'
import type { HandlerDeps } from './deps'

export function healthHandlers(deps: HandlerDeps): Pick<Handlers, 'GET /api/v1/health'> {
  return {
    'GET /api/v1/health': (_input, ctx) => ({
      status: 'ok',
      version: deps.version,
      time: ctx.now.toISOString(),
    }),
  }
}
