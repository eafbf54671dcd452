import type {
  Audience,
  ItemFilter as ContractItemFilter,
  ItemSummary,
} from '../../../src/services/contract'
import type { Db } from '../../db/sqlite'
import {
  parseExtras,
  SUMMARY_COLUMNS,
  toMaterial,
  toSummary,
  type MaterialRow,
  type SummaryRow,
} from './rows'

/** The contract's list filters, plus the service point a list may be limited to. */
export type ItemFilter = ContractItemFilter & { pointId?: string }

const FILTER = `
  WHERE ((@type IS NULL AND i.type != 'ex_officio') OR i.type = @type)
    AND (@department IS NULL OR i.department = @department)
    AND (@audience IS NULL OR EXISTS (SELECT 1 FROM catalog_item_facets f
         WHERE f.facet = 'audience' AND f.value = @audience AND f.item_id = i.id))
    AND (@scene IS NULL OR EXISTS (SELECT 1 FROM catalog_item_facets f
         WHERE f.facet = 'scene' AND f.value = @scene AND f.item_id = i.id))
    AND (@scope IS NULL OR EXISTS (SELECT 1 FROM catalog_item_facets f
         WHERE f.facet = 'scope' AND f.value = @scope AND f.item_id = i.id))
    AND (@pointId IS NULL OR EXISTS (SELECT 1 FROM catalog_item_points p
         WHERE p.point_id = @pointId AND p.item_id = i.id))`

/** Reads of the service catalog (items, guides, materials); bundles and favourites live beside it. */
export function createCatalogRepo(db: Db) {
  const page = db.prepare<[Record<string, unknown>], SummaryRow>(`
    SELECT ${SUMMARY_COLUMNS} FROM catalog_items i ${FILTER}
    ORDER BY i.popularity DESC, i.sort_order LIMIT @limit OFFSET @offset`)
  const count = db
    .prepare<[Record<string, unknown>], number>(`SELECT COUNT(*) FROM catalog_items i ${FILTER}`)
    .pluck()
  const byIds = db.prepare<[string], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM catalog_items i WHERE i.id IN (SELECT value FROM json_each(?))`,
  )
  const guideRow = db.prepare<
    [string],
    SummaryRow & { legal_days: number | null; guide_json: string }
  >(`SELECT ${SUMMARY_COLUMNS}, i.legal_days, i.guide_json FROM catalog_items i WHERE i.id = ?`)
  const materials = db.prepare<[string], MaterialRow>(`
    SELECT im.item_id, m.id, m.name, im.form, im.copies, im.required, m.ecert, m.sample,
           COALESCE(im.note, m.note) AS note
    FROM catalog_item_materials im JOIN catalog_materials m ON m.id = im.material_id
    WHERE im.item_id IN (SELECT value FROM json_each(?)) ORDER BY im.item_id, im.position`)
  const places = db.prepare<
    [string],
    { pointId: string; name: string; address: string; window: string }
  >(`
    SELECT p.id AS pointId, p.name, p.address, ip.window
    FROM catalog_item_points ip JOIN service_points p ON p.id = ip.point_id
    WHERE ip.item_id = ? ORDER BY p.sort_order`)
  const bundlesOf = db.prepare<[string], { id: string; name: string }>(`
    SELECT b.id, b.name FROM catalog_bundle_items bi JOIN catalog_bundles b ON b.id = bi.bundle_id
    WHERE bi.item_id = ? ORDER BY b.sort_order`)
  const searchDocs = db.prepare<
    [],
    { id: string; name: string; keywords_json: string; audiences_json: string; popularity: number }
  >('SELECT id, name, keywords_json, audiences_json, popularity FROM catalog_items')
  const guideJsons = db.prepare<[string], { id: string; guide_json: string }>(
    'SELECT id, guide_json FROM catalog_items WHERE id IN (SELECT value FROM json_each(?))',
  )
  const pointCounts = db.prepare<[], { point_id: string; n: number }>(
    'SELECT point_id, COUNT(*) AS n FROM catalog_item_points GROUP BY point_id',
  )
  const handles = db
    .prepare<[string], string>('SELECT point_id FROM catalog_item_points WHERE item_id = ?')
    .pluck()

  const params = (filter: ItemFilter) => ({
    audience: filter.audience ?? null,
    scene: filter.scene ?? null,
    department: filter.department ?? null,
    scope: filter.scope ?? null,
    type: filter.type ?? null,
    pointId: filter.pointId ?? null,
  })

  /** Summaries in the order of `ids`, skipping unknown ones. */
  function summaries(ids: readonly string[]): ItemSummary[] {
    const found = new Map(byIds.all(JSON.stringify(ids)).map((row) => [row.id, toSummary(row)]))
    return ids.flatMap((id) => found.get(id) ?? [])
  }

  function materialsOf(itemIds: readonly string[]) {
    const byItem = new Map<string, ReturnType<typeof toMaterial>[]>()
    for (const row of materials.all(JSON.stringify(itemIds))) {
      byItem.set(row.item_id, [...(byItem.get(row.item_id) ?? []), toMaterial(row)])
    }
    return byItem
  }

  return {
    list(filter: ItemFilter, pageNumber: number, pageSize: number) {
      const p = params(filter)
      const rows = page.all({ ...p, limit: pageSize, offset: (pageNumber - 1) * pageSize })
      return { items: rows.map(toSummary), total: count.get(p) ?? 0 }
    },
    summaries,
    materialsOf,
    /** The guide without the per-user part (favourite flag). */
    guide(id: string) {
      const row = guideRow.get(id)
      if (!row) return null
      const extras = parseExtras(row.guide_json)
      return {
        item: toSummary(row),
        legalDays: row.legal_days,
        extras,
        materials: materialsOf([id]).get(id) ?? [],
        places: places.all(id),
        bundles: bundlesOf.all(id),
      }
    },
    /** Form fields per item, for merging a bundle's form. */
    fieldsOf: (itemIds: readonly string[]) =>
      new Map(
        guideJsons
          .all(JSON.stringify(itemIds))
          .map((row) => [row.id, parseExtras(row.guide_json).fields]),
      ),
    searchDocs: () =>
      searchDocs.all().map((row) => ({
        id: row.id,
        name: row.name,
        keywords: JSON.parse(row.keywords_json) as string[],
        audiences: JSON.parse(row.audiences_json) as Audience[],
        popularity: row.popularity,
      })),
    itemCountByPoint: () => new Map(pointCounts.all().map((r) => [r.point_id, r.n])),
    pointsHandling: (itemId: string) => new Set(handles.all(itemId)),
  }
}
