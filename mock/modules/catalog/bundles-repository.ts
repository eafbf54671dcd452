import type { Audience } from '../../../src/services/contract'
import type { Db } from '../../db/sqlite'

interface BundleRow {
  id: string
  name: string
  scene: string
  audience: Audience
  description: string
  promised_days: number
  visits: number
}

export function createBundleRepo(db: Db) {
  const list = db.prepare<[], BundleRow & { item_count: number }>(`
    SELECT b.*, (SELECT COUNT(*) FROM catalog_bundle_items bi WHERE bi.bundle_id = b.id) AS item_count
    FROM catalog_bundles b ORDER BY b.sort_order`)
  const byId = db.prepare<[string], BundleRow>('SELECT * FROM catalog_bundles WHERE id = ?')
  const members = db
    .prepare<[string], string>(
      'SELECT item_id FROM catalog_bundle_items WHERE bundle_id = ? ORDER BY position',
    )
    .pluck()
  return {
    list: () =>
      list.all().map((b) => ({
        id: b.id,
        name: b.name,
        scene: b.scene,
        audience: b.audience,
        itemCount: b.item_count,
        promisedDays: b.promised_days,
      })),
    find(id: string) {
      const b = byId.get(id)
      if (!b) return null
      return { ...b, itemIds: members.all(id) }
    },
  }
}

export function createFavoriteRepo(db: Db) {
  const add = db.prepare(
    'INSERT OR IGNORE INTO favorites (user_id, item_id, created_at) VALUES (?, ?, ?)',
  )
  const remove = db.prepare('DELETE FROM favorites WHERE user_id = ? AND item_id = ?')
  const list = db
    .prepare<[string], string>(
      'SELECT item_id FROM favorites WHERE user_id = ? ORDER BY created_at DESC, rowid DESC',
    )
    .pluck()
  const has = db
    .prepare<[string, string], number>('SELECT 1 FROM favorites WHERE user_id = ? AND item_id = ?')
    .pluck()
  return {
    add: (userId: string, itemId: string, now: Date) => add.run(userId, itemId, now.toISOString()),
    remove: (userId: string, itemId: string) => remove.run(userId, itemId),
    itemIds: (userId: string) => list.all(userId),
    has: (userId: string, itemId: string) => has.get(userId, itemId) === 1,
  }
}

export function createFacetRepo(db: Db) {
  const scenes = db.prepare<[], { name: string; audience: Audience; count: number }>(`
    SELECT s.value AS name, a.value AS audience, COUNT(*) AS count
    FROM catalog_item_facets s
    JOIN catalog_item_facets a ON a.item_id = s.item_id AND a.facet = 'audience'
    JOIN catalog_items i ON i.id = s.item_id AND i.type != 'ex_officio'
    WHERE s.facet = 'scene' GROUP BY s.value, a.value ORDER BY count DESC, name`)
  const departments = db.prepare<[], { name: string; count: number }>(`
    SELECT department AS name, COUNT(*) AS count FROM catalog_items WHERE type != 'ex_officio'
    GROUP BY department ORDER BY count DESC, name`)
  const types = db.prepare<
    [],
    { type: 'application' | 'public_service' | 'ex_officio'; count: number }
  >('SELECT type, COUNT(*) AS count FROM catalog_items GROUP BY type ORDER BY type')
  const scopes = db.prepare<[], { scope: 'city' | 'region' | 'hbew' | 'hb'; count: number }>(`
    SELECT value AS scope, COUNT(*) AS count FROM catalog_item_facets WHERE facet = 'scope'
    GROUP BY value ORDER BY count DESC`)
  return {
    all: () => ({
      scenes: scenes.all(),
      departments: departments.all(),
      types: types.all(),
      scopes: scopes.all(),
    }),
  }
}
