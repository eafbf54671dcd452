import * as z from 'zod/mini'
import {
  Audience,
  type ItemFilter as ContractItemFilter,
  type ItemSummary,
} from '../../../src/services/contract'
import { beijingDate } from '../../../src/services/contract'
import type { Sql } from '../../db/engine'
import { parseExtras, SUMMARY_COLUMNS, toMaterial, toSummary } from './rows'
import { catalogCache, catalogVersion, versionCache } from './version-cache'

/**
 * The contract's list filters, plus the service point a list may be limited to and the day
 * (YYYY-MM-DD, Beijing) whose 废止 apply: from its effective date an item is in no list.
 */
export type ItemFilter = ContractItemFilter & { pointId?: string; today?: string }

/** Today in Beijing, for callers without a request clock. */
export const catalogToday = (now: Date = new Date()) => beijingDate(now)

/** Whether a 废止 date has come: from that day the app shows the item nowhere. */
export const retiredBy = (retiredOn: string | null | undefined, today: string) =>
  retiredOn !== null && retiredOn !== undefined && retiredOn <= today

const FACETS = ['audience', 'scene', 'scope'] as const
const Keywords = z.array(z.string())
const Audiences = z.array(Audience)

/** Distinct filters whose totals are kept (a region's catalog has a few hundred in use). */
const CACHED_TOTALS = 2000
/** Pages of lists and guides kept per catalog version (the most read first come back often). */
const CACHED_PAGES = 500
const CACHED_GUIDES = 2000
const CACHED_SUMMARY_LISTS = 5000

function filterKey(filter: ItemFilter): string {
  const { type, department, audience, scene, scope, pointId, today } = filter
  return JSON.stringify([type, department, audience, scene, scope, pointId, today])
}

/** Items a list shows: ex officio ones only when asked for by type. */
function filtered(sql: Sql, filter: ItemFilter) {
  const today = filter.today ?? catalogToday()
  let query = sql
    .selectFrom('catalog_items as i')
    .where((eb) => eb.or([eb('i.retired_on', 'is', null), eb('i.retired_on', '>', today)]))
  query =
    filter.type === undefined
      ? query.where('i.type', '!=', 'ex_officio')
      : query.where('i.type', '=', filter.type)
  if (filter.department !== undefined) query = query.where('i.department', '=', filter.department)
  for (const facet of FACETS) {
    const value = filter[facet]
    if (value === undefined) continue
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('catalog_item_facets as f')
          .select('f.item_id')
          .whereRef('f.item_id', '=', 'i.id')
          .where('f.facet', '=', facet)
          .where('f.value', '=', value),
      ),
    )
  }
  const { pointId } = filter
  if (pointId !== undefined) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('catalog_item_points as p')
          .select('p.item_id')
          .whereRef('p.item_id', '=', 'i.id')
          .where('p.point_id', '=', pointId),
      ),
    )
  }
  return query
}

/** Reads of the service catalog (items, guides, materials); bundles and favourites live beside it. */
export function createCatalogRepo(sql: Sql) {
  const totals = versionCache<number>(CACHED_TOTALS)
  const pointCounts = versionCache<ReadonlyMap<string, number>>(1)
  // Pages and guides are read far more often than the catalog changes: kept per catalog version.
  const pages = catalogCache<{ items: ItemSummary[]; total: number }>(sql, CACHED_PAGES)
  const summaryLists = catalogCache<ItemSummary[]>(sql, CACHED_SUMMARY_LISTS)
  const guides = catalogCache<Awaited<ReturnType<typeof guide>>>(sql, CACHED_GUIDES)

  /** Counting a filter scans the catalog: done once per filter and catalog version. */
  async function total(filter: ItemFilter): Promise<number> {
    const version = await catalogVersion(sql)
    return totals(version, filterKey(filter), async () => {
      const row = await filtered(sql, filter)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
      return Number(row?.n ?? 0)
    })
  }

  /**
   * Summaries in the order of `ids`, skipping unknown ones; kept per catalog version and list of
   * ids (most callers name one item: a booking's, a case's). Shared: never change what it gives.
   */
  async function summaries(ids: readonly string[]): Promise<ItemSummary[]> {
    if (ids.length === 0) return []
    return summaryLists(ids.join('\n'), () => readSummaries(ids))
  }

  async function readSummaries(ids: readonly string[]): Promise<ItemSummary[]> {
    const rows = await sql
      .selectFrom('catalog_items as i')
      .select(SUMMARY_COLUMNS)
      .where('i.id', 'in', [...ids])
      .execute()
    const found = new Map(rows.map((row) => [row.id, toSummary(row)]))
    return ids.flatMap((id) => found.get(id) ?? [])
  }

  async function materialsOf(itemIds: readonly string[]) {
    const byItem = new Map<string, ReturnType<typeof toMaterial>[]>()
    if (itemIds.length === 0) return byItem
    const rows = await sql
      .selectFrom('catalog_item_materials as im')
      .innerJoin('catalog_materials as m', 'm.id', 'im.material_id')
      .select((eb) => [
        'im.item_id',
        'm.id',
        'm.name',
        'im.form',
        'im.copies',
        'im.required',
        'm.ecert',
        'm.sample',
        eb.fn.coalesce('im.note', 'm.note').as('note'),
      ])
      .where('im.item_id', 'in', [...itemIds])
      .orderBy('im.item_id')
      .orderBy('im.position')
      .execute()
    for (const row of rows) {
      byItem.set(row.item_id, [...(byItem.get(row.item_id) ?? []), toMaterial(row)])
    }
    return byItem
  }

  async function page(filter: ItemFilter, pageNumber: number, pageSize: number) {
    const [rows, count] = await Promise.all([
      filtered(sql, filter)
        .select(SUMMARY_COLUMNS)
        .orderBy('i.popularity', 'desc')
        .orderBy('i.sort_order')
        .limit(pageSize)
        .offset((pageNumber - 1) * pageSize)
        .execute(),
      total(filter),
    ])
    return { items: rows.map(toSummary), total: count }
  }

  async function guide(id: string) {
    const row = await sql
      .selectFrom('catalog_items as i')
      .select([...SUMMARY_COLUMNS, 'i.legal_days', 'i.guide_json', 'i.updated_on'])
      .where('i.id', '=', id)
      .executeTakeFirst()
    if (!row) return null
    const [materials, places, bundles] = await Promise.all([
      materialsOf([id]),
      sql
        .selectFrom('catalog_item_points as ip')
        .innerJoin('service_points as p', 'p.id', 'ip.point_id')
        .select(['p.id as pointId', 'p.name', 'p.address', 'ip.window'])
        .where('ip.item_id', '=', id)
        .orderBy('p.sort_order')
        .execute(),
      sql
        .selectFrom('catalog_bundle_items as bi')
        .innerJoin('catalog_bundles as b', 'b.id', 'bi.bundle_id')
        .select(['b.id', 'b.name'])
        .where('bi.item_id', '=', id)
        .orderBy('b.sort_order')
        .execute(),
    ])
    return {
      item: toSummary(row),
      retiredOn: row.retired_on,
      updatedOn: row.updated_on,
      legalDays: row.legal_days,
      extras: parseExtras(row.guide_json),
      materials: materials.get(id) ?? [],
      places,
      bundles,
    }
  }

  return {
    /** A page of a list; shared between callers: never change what it gives. */
    list(filter: ItemFilter, pageNumber: number, pageSize: number) {
      const dated = { ...filter, today: filter.today ?? catalogToday() }
      const key = `${filterKey(dated)}|${pageNumber}|${pageSize}`
      return pages(key, () => page(dated, pageNumber, pageSize))
    },
    summaries,
    materialsOf,
    /** The guide without the per-user part (favourite flag); shared: never change it. */
    guide: (id: string) => guides(id, () => guide(id)),
    /** Form fields per item, for merging a bundle's form. */
    async fieldsOf(itemIds: readonly string[]) {
      if (itemIds.length === 0) return new Map<string, { key: string; label: string }[]>()
      const rows = await sql
        .selectFrom('catalog_items')
        .select(['id', 'guide_json'])
        .where('id', 'in', [...itemIds])
        .execute()
      return new Map(rows.map((row) => [row.id, parseExtras(row.guide_json).fields]))
    },
    /** Items not yet 废止 today (a later date is checked again when a hit is shown). */
    async searchDocs(today = catalogToday()) {
      const rows = await sql
        .selectFrom('catalog_items')
        .select(['id', 'name', 'keywords_json', 'audiences_json', 'popularity'])
        .where((eb) => eb.or([eb('retired_on', 'is', null), eb('retired_on', '>', today)]))
        .execute()
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        keywords: z.parse(Keywords, JSON.parse(row.keywords_json)),
        audiences: z.parse(Audiences, JSON.parse(row.audiences_json)),
        popularity: row.popularity,
      }))
    },
    /** Items per point, counted again only when the catalog's version moves (就近办 lists them). */
    async itemCountByPoint(): Promise<ReadonlyMap<string, number>> {
      return pointCounts(await catalogVersion(sql), 'all', async () => {
        const rows = await sql
          .selectFrom('catalog_item_points')
          .select((eb) => ['point_id', eb.fn.countAll().as('n')])
          .groupBy('point_id')
          .execute()
        return new Map(rows.map((r) => [r.point_id, Number(r.n)]))
      })
    },
    async pointsHandling(itemId: string) {
      const rows = await sql
        .selectFrom('catalog_item_points')
        .select('point_id')
        .where('item_id', '=', itemId)
        .execute()
      return new Set(rows.map((r) => r.point_id))
    },
  }
}
