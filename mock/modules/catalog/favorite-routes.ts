import { beijingDate } from '../../../src/services/contract'
import { notFound } from '../../http/errors'
import { retiredBy } from './repository'
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
      const [item] = await repos.catalog.summaries([params.id])
      if (!item || retiredBy(item.retiredOn, beijingDate(ctx.now))) {
        throw notFound('没有找到该事项（可能已废止），无法收藏，请刷新后重试')
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
