import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { BundleSeed, ItemSeed, MaterialSeed } from './data/types'

export interface CatalogSeed {
  materials: readonly MaterialSeed[]
  items: readonly ItemSeed[]
  bundles: readonly BundleSeed[]
}

/** The day the seeded guides were compiled: their 本指南更新于 until the console changes them. */
export const SEEDED_GUIDES_DATE = '2026-01-15'
/** Bumped when the seed writes rows differently, so existing databases are seeded again. */
const SEED_FORMAT = 2

/** Whether an administrator took the catalog over (imported or edited it in the console). */
function consoleOwns(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM catalog_console WHERE id = 1').get() !== undefined
}

/** The parts of an item's guide that are only ever read whole. */
export function guideJson(item: ItemSeed): string {
  const { conditions, steps, fee, basis, faqs, consultPhone, complaint, fields } = item
  return JSON.stringify({ conditions, steps, fee, basis, faqs, consultPhone, complaint, fields })
}

/**
 * Replaces the catalog when the seed changed (by content hash) and does nothing otherwise —
 * nor ever again once the console owns the catalog (items, materials, points, bundles).
 * Reference data only: favourites and other user rows are never touched.
 */
export function seedCatalog(db: Database.Database, seed: CatalogSeed): number {
  if (consoleOwns(db)) return 0
  const hash = createHash('sha256')
    .update(JSON.stringify({ format: SEED_FORMAT, seed }))
    .digest('hex')
  const current = db
    .prepare<[], string>("SELECT hash FROM seed_versions WHERE name = 'catalog'")
    .pluck()
    .get()
  if (current === hash) return 0

  const insertMaterial = db.prepare(
    'INSERT INTO catalog_materials (id, name, form, copies, ecert, sample, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const insertItem = db.prepare(`
    INSERT INTO catalog_items (id, code, name, type, category, department, audiences_json, scenes_json,
      scopes_json, keywords_json, promised_days, legal_days, visits, online, popularity, sort_order, guide_json,
      sample, updated_on)
    VALUES (@id, @code, @name, @type, @category, @department, @audiences, @scenes, @scopes, @keywords,
      @promisedDays, @legalDays, @visits, @online, @popularity, @sort, @guide, @sample, @updatedOn)`)
  const insertFacet = db.prepare(
    'INSERT INTO catalog_item_facets (item_id, facet, value) VALUES (?, ?, ?)',
  )
  const insertItemMaterial = db.prepare(`
    INSERT INTO catalog_item_materials (item_id, position, material_id, required, copies, form, note)
    VALUES (?, ?, ?, ?, ?, ?, ?)`)
  const insertPlace = db.prepare(
    'INSERT INTO catalog_item_points (item_id, point_id, window) VALUES (?, ?, ?)',
  )
  const insertBundle = db.prepare(`
    INSERT INTO catalog_bundles (id, name, scene, audience, description, promised_days, visits, sort_order)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
  const insertBundleItem = db.prepare(
    'INSERT INTO catalog_bundle_items (bundle_id, position, item_id) VALUES (?, ?, ?)',
  )

  return db.transaction(() => {
    for (const table of [
      'catalog_bundle_items',
      'catalog_bundles',
      'catalog_item_points',
      'catalog_item_materials',
      'catalog_item_facets',
      'catalog_items',
      'catalog_materials',
    ]) {
      db.exec(`DELETE FROM ${table}`)
    }
    const library = new Map(seed.materials.map((m) => [m.id, m]))
    for (const m of seed.materials) {
      insertMaterial.run(m.id, m.name, m.form, m.copies, m.ecert ? 1 : 0, m.sample, m.note)
    }
    seed.items.forEach((item, sort) => {
      insertItem.run({
        ...item,
        audiences: JSON.stringify(item.audiences),
        scenes: JSON.stringify(item.scenes),
        scopes: JSON.stringify(item.scopes),
        keywords: JSON.stringify(item.keywords),
        online: item.online ? 1 : 0,
        sample: item.sample ? 1 : 0,
        sort,
        guide: guideJson(item),
        updatedOn: SEEDED_GUIDES_DATE,
      })
      for (const a of item.audiences) insertFacet.run(item.id, 'audience', a)
      for (const s of new Set(item.scenes)) insertFacet.run(item.id, 'scene', s)
      for (const s of item.scopes) insertFacet.run(item.id, 'scope', s)
      item.materials.forEach((use, position) => {
        const base = library.get(use.ref)
        if (!base) throw new Error(`${item.id}: unknown material ${use.ref}`)
        insertItemMaterial.run(
          item.id,
          position,
          use.ref,
          use.required === false ? 0 : 1,
          use.copies ?? base.copies,
          use.form ?? base.form,
          use.note ?? null,
        )
      })
      for (const place of item.places) insertPlace.run(item.id, place.pointId, place.window)
    })
    seed.bundles.forEach((b, sort) => {
      insertBundle.run(
        b.id,
        b.name,
        b.scene,
        b.audience,
        b.description,
        b.promisedDays,
        b.visits,
        sort,
      )
      b.itemIds.forEach((itemId, position) => insertBundleItem.run(b.id, position, itemId))
    })
    db.prepare(
      "INSERT INTO seed_versions (name, hash) VALUES ('catalog', ?) ON CONFLICT (name) DO UPDATE SET hash = excluded.hash",
    ).run(hash)
    return seed.items.length + seed.materials.length + seed.bundles.length
  })()
}
