import {
  beijingDate,
  type ConsoleBundle,
  type ConsoleGuide,
} from '../../../../src/services/contract'
import { answersPer } from '../../../http/kept-answer'
import type { Handlers } from '../../../http/types'
import type { HandlerDeps } from '../../deps'
import { listConsoleBundles, saveBundle } from './bundle-service'
import { consoleGuide, listConsoleItems, retireItem, saveGuide } from './guide-service'
import { applyImport, getPreview, listSnapshots, restoreSnapshot } from './import-service'
import { catalogCache } from '../version-cache'
import { consoleCache } from '../../admin/console-version'

type Keys =
  | 'GET /api/v1/admin/catalog/items'
  | 'GET /api/v1/admin/catalog/items/:id'
  | 'PUT /api/v1/admin/catalog/items/:id'
  | 'POST /api/v1/admin/catalog/items/:id/retire'
  | 'GET /api/v1/admin/catalog/imports/:id'
  | 'POST /api/v1/admin/catalog/imports/:id/apply'
  | 'GET /api/v1/admin/catalog/snapshots'
  | 'POST /api/v1/admin/catalog/snapshots/:id/restore'
  | 'GET /api/v1/admin/catalog/bundles'
  | 'PUT /api/v1/admin/catalog/bundles/:id'

/** 管理后台 · 事项 (consoleGuard has already checked the administrator). */
export function consoleCatalogHandlers({ sql }: HandlerDeps): Pick<Handlers, Keys> {
  // A page of the list counts the whole (filtered) catalog: kept per catalog version, which every
  // write to catalog_items moves on (triggers), and per Beijing day (an item's status is by date).
  const pages = catalogCache<Awaited<ReturnType<typeof listConsoleItems>>>(sql, 32)
  // A guide reads the item, its materials and points and the names of all of them: the same.
  const guides = catalogCache<ConsoleGuide>(sql, 200)
  const bundles = catalogCache<ConsoleBundle[]>(sql, 2)
  // Snapshots and imports move the console version on (migration 41), from any process.
  const snapshots = consoleCache<Awaited<ReturnType<typeof listSnapshots>>>(sql, 1)
  // Answers kept with the cached lists they are made of: built and encoded once per version.
  const bundleAnswers = answersPer<ConsoleBundle[], { items: ConsoleBundle[] }>()
  return {
    'GET /api/v1/admin/catalog/items': ({ query }, ctx) =>
      pages(
        JSON.stringify([
          query.q?.trim() ?? '',
          query.status ?? '',
          query.page ?? 1,
          query.pageSize ?? 20,
          beijingDate(ctx.now),
        ]),
        () => listConsoleItems(sql, query, ctx.now),
      ),
    'GET /api/v1/admin/catalog/items/:id': ({ params }, ctx) =>
      guides(JSON.stringify([params.id, beijingDate(ctx.now)]), () =>
        consoleGuide(sql, params.id, ctx.now),
      ),
    'PUT /api/v1/admin/catalog/items/:id': ({ params, body }, ctx) =>
      saveGuide(sql, {
        id: params.id,
        cells: body.cells,
        actorId: ctx.session.userId,
        now: ctx.now,
      }),
    'POST /api/v1/admin/catalog/items/:id/retire': ({ params, body }, ctx) =>
      retireItem(sql, {
        id: params.id,
        effectiveOn: body.effectiveOn,
        actorId: ctx.session.userId,
        now: ctx.now,
      }),
    'GET /api/v1/admin/catalog/imports/:id': ({ params }) => getPreview(sql, params.id),
    'POST /api/v1/admin/catalog/imports/:id/apply': ({ params }, ctx) =>
      applyImport(sql, params.id, ctx.session.userId, ctx.now),
    'GET /api/v1/admin/catalog/snapshots': async () => ({
      items: await snapshots('all', () => listSnapshots(sql)),
    }),
    'POST /api/v1/admin/catalog/snapshots/:id/restore': ({ params }, ctx) =>
      restoreSnapshot(sql, params.id, ctx.session.userId, ctx.now),
    'GET /api/v1/admin/catalog/bundles': async (_input, ctx) => {
      const items = await bundles(beijingDate(ctx.now), () => listConsoleBundles(sql, ctx.now))
      return bundleAnswers(items, '', () => ({ items }))
    },
    'PUT /api/v1/admin/catalog/bundles/:id': ({ params, body }, ctx) =>
      saveBundle(sql, { id: params.id, edit: body, actorId: ctx.session.userId, now: ctx.now }),
  }
}
