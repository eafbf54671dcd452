import { notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'

type FavoriteKeys =
  'GET /api/v1/me/favorites' | 'PUT /api/v1/me/favorites/:id' | 'DELETE /api/v1/me/favorites/:id'

export function favoriteHandlers({ repos }: HandlerDeps): Pick<Handlers, FavoriteKeys> {
  return {
    'GET /api/v1/me/favorites': async (_input, ctx) => ({
      items: await repos.catalog.summaries(await repos.favorites.itemIds(ctx.session.userId)),
    }),
    // PUT and DELETE are idempotent by nature: repeating them changes nothing.
    'PUT /api/v1/me/favorites/:id': async ({ params }, ctx) => {
      if ((await repos.catalog.summaries([params.id])).length === 0) {
        throw notFound('没有找到该事项，无法收藏，请刷新后重试')
      }
      await repos.favorites.add(ctx.session.userId, params.id, ctx.now)
      return { ok: true }
    },
    'DELETE /api/v1/me/favorites/:id': async ({ params }, ctx) => {
      await repos.favorites.remove(ctx.session.userId, params.id)
      return { ok: true }
    },
  }
}
