import type { Handlers } from './types'
import type { HandlerDeps } from '../modules/deps'

export function healthHandlers(deps: HandlerDeps): Pick<Handlers, 'GET /api/v1/health'> {
  return {
    'GET /api/v1/health': (_input, ctx) => ({
      status: 'ok',
      version: deps.version,
      time: ctx.now.toISOString(),
    }),
  }
}
