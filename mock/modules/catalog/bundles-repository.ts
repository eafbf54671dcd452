import * as z from 'zod/mini'
import { Audience, ItemType, Scope, type Facets } from '../../../src/services/contract'
import { arg, compiledReader } from '../../db/compiled-once'
import { writtenOrder, type Sql } from '../../db/engine'
import { catalogToday } from './repository'
import { catalogVersion, versionCache } from './version-cache'

export function createBundleRepo(sql: Sql) {
  return {
    /** Bundles with the members not 废止 by `today`. */
    async list(today = catalogToday()) {
      const rows = await sql
        .selectFrom('catalog_bundles as b')
        .select((eb) => [
          'b.id',
          'b.name',
          'b.scene',
          'b.audience',
          'b.promised_days',
          eb
            .selectFrom('catalog_bundle_items as bi')
            .innerJoin('catalog_items as i', 'i.id', 'bi.item_id')
            .select(eb.fn.countAll().as('n'))
            .whereRef('bi.bundle_id', '=', 'b.id')
            .where((w) => w.or([w('i.retired_on', 'is', null), w('i.retired_on', '>', today)]))
            .as('item_count'),
        ])
        .orderBy('b.sort_order')
        .execute()
      return rows.map((b) => ({
        id: b.id,
        name: b.name,
        scene: b.scene,
        audience: z.parse(Audience, b.audience),
        itemCount: Number(b.item_count),
        promisedDays: b.promised_days,
      }))
    },
    /** What search reads of each bundle (names, scene, audience, description). */
    async searchDocs() {
      const rows = await sql
        .selectFrom('catalog_bundles')
        .select(['id', 'name', 'scene', 'audience', 'description'])
        .orderBy('sort_order')
        .execute()
      return rows.map((b) => ({ ...b, audience: z.parse(Audience, b.audience) }))
    },
    /** A bundle with its members in order, those 废止 by `today` left out. */
    async find(id: string, today = catalogToday()) {
      const bundle = await sql
        .selectFrom('catalog_bundles')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      if (!bundle) return null
      const members = await sql
        .selectFrom('catalog_bundle_items as bi')
        .innerJoin('catalog_items as i', 'i.id', 'bi.item_id')
        .select('bi.item_id')
        .where('bi.bundle_id', '=', id)
        .where((w) => w.or([w('i.retired_on', 'is', null), w('i.retired_on', '>', today)]))
        .orderBy('bi.position')
        .execute()
      return {
        ...bundle,
        audience: z.parse(Audience, bundle.audience),
        itemIds: members.map((m) => m.item_id),
      }
    },
  }
}

export function createFavoriteRepo(sql: Sql) {
  // Read by 我的收藏 and by every item page (its star).
  const favorites = () =>
    sql.selectFrom('favorites').select('item_id').where('user_id', '=', arg(0))
  const newestFirst = compiledReader(
    sql,
    favorites().orderBy('created_at', 'desc').orderBy(writtenOrder(sql), 'desc'),
  )
  const one = compiledReader(sql, favorites().where('item_id', '=', arg(1)))
  return {
    /** Adding twice (or from two devices at once) keeps one favourite: the key is (user, item). */
    add: async (userId: string, itemId: string, now: Date) => {
      await sql
        .insertInto('favorites')
        .values({ user_id: userId, item_id: itemId, created_at: now.toISOString() })
        .onConflict((conflict) => conflict.columns(['user_id', 'item_id']).doNothing())
        .execute()
    },
    remove: async (userId: string, itemId: string) => {
      await sql
        .deleteFrom('favorites')
        .where('user_id', '=', userId)
        .where('item_id', '=', itemId)
        .execute()
    },
    /** Newest first. */
    itemIds: async (userId: string) => (await newestFirst(userId)).map((r) => r.item_id),
    has: async (userId: string, itemId: string) => (await one(userId, itemId)).length > 0,
  }
}

/** Largest count first, then by name in code point order (the same on both engines). */
function byCountThen<T extends { count: number }>(name: (row: T) => string) {
  return (a: T, b: T) => b.count - a.count || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)
}

/**
 * Items per (scene, audience) pair, counted here: SQLite, without statistics, joins the facets
 * table to itself by scanning it (≈ 1 s for the catalog).
 */
function sceneCounts(facets: readonly { item_id: string; facet: string; value: string }[]) {
  const items = new Map<string, { scenes: string[]; audiences: Audience[] }>()
  for (const { item_id, facet, value } of facets) {
    const item = items.get(item_id) ?? { scenes: [], audiences: [] }
    items.set(item_id, item)
    if (facet === 'scene') item.scenes.push(value)
    else item.audiences.push(z.parse(Audience, value))
  }
  const counts = new Map<string, { name: string; audience: Audience; count: number }>()
  for (const { scenes, audiences } of items.values()) {
    for (const name of scenes) {
      for (const audience of audiences) {
        const key = JSON.stringify([name, audience])
        const known = counts.get(key) ?? { name, audience, count: 0 }
        known.count += 1
        counts.set(key, known)
      }
    }
  }
  return [...counts.values()]
}

export function createFacetRepo(sql: Sql) {
  const cached = versionCache<Facets>(2)

  async function compute(today: string): Promise<Facets> {
    const [sceneFacets, departments, types, scopes] = await Promise.all([
      sql
        .selectFrom('catalog_item_facets as f')
        .innerJoin('catalog_items as i', 'i.id', 'f.item_id')
        .where('i.type', '!=', 'ex_officio')
        .where((eb) => eb.or([eb('i.retired_on', 'is', null), eb('i.retired_on', '>', today)]))
        .where('f.facet', 'in', ['scene', 'audience'])
        .select(['f.item_id', 'f.facet', 'f.value'])
        .execute(),
      sql
        .selectFrom('catalog_items')
        .where('type', '!=', 'ex_officio')
        .where((eb) => eb.or([eb('retired_on', 'is', null), eb('retired_on', '>', today)]))
        .groupBy('department')
        .select((eb) => ['department as name', eb.fn.countAll().as('count')])
        .execute(),
      sql
        .selectFrom('catalog_items')
        .where((eb) => eb.or([eb('retired_on', 'is', null), eb('retired_on', '>', today)]))
        .groupBy('type')
        .select((eb) => ['type', eb.fn.countAll().as('count')])
        .execute(),
      sql
        .selectFrom('catalog_item_facets as f')
        .innerJoin('catalog_items as i', 'i.id', 'f.item_id')
        .where('f.facet', '=', 'scope')
        .where((eb) => eb.or([eb('i.retired_on', 'is', null), eb('i.retired_on', '>', today)]))
        .groupBy('f.value')
        .select((eb) => ['f.value as scope', eb.fn.countAll().as('count')])
        .execute(),
    ])
    return {
      scenes: sceneCounts(sceneFacets).sort(byCountThen((r) => r.name)),
      departments: departments
        .map((r) => ({ name: r.name, count: Number(r.count) }))
        .sort(byCountThen((r) => r.name)),
      types: types
        .map((r) => ({ type: z.parse(ItemType, r.type), count: Number(r.count) }))
        .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)),
      scopes: scopes
        .map((r) => ({ scope: z.parse(Scope, r.scope), count: Number(r.count) }))
        .sort(byCountThen((r) => r.scope)),
    }
  }

  return {
    /** Counted once per catalog version (a scan of every item and facet). */
    all: async (today = catalogToday()) =>
      cached(await catalogVersion(sql), today, () => compute(today)),
  }
}
