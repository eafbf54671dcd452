/**
 * Compiled by `npm run typecheck`, never run: proves the compiler rejects an incomplete or
 * mistyped handler map. Each `@ts-expect-error` fails the build if the error goes away.
 */
import type { Handler, Handlers } from '../../mock/http/types'

declare const complete: Handlers

// @ts-expect-error — a map without 'GET /api/v1/health' is not Handlers.
export const missingOne: Handlers = (({ 'GET /api/v1/health': _dropped, ...rest }) => rest)(
  complete,
)

export const wrongOutput: Handler<'GET /api/v1/health'> = (_input, ctx) => ({
  // @ts-expect-error — status must be the literal 'ok'.
  status: 'fine',
  version: '1',
  time: ctx.now.toISOString(),
})

export const readsUndeclaredBody: Handler<'GET /api/v1/me'> = (input, ctx) => {
  // @ts-expect-error — GET /me declares no body, so there is nothing to read.
  void input.body.name
  return complete['GET /api/v1/me'](input, ctx)
}

export const publicHasNoSession: Handler<'GET /api/v1/health'> = (input, ctx) => {
  // @ts-expect-error — health is public: no session to read a user from.
  void ctx.session.userId
  return complete['GET /api/v1/health'](input, ctx)
}
