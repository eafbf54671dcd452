import type Database from 'better-sqlite3'
import { stableCodeId } from './code-id'
import { GIFT_CAMPAIGN, ZONES } from './zones'

/**
 * Zones, their wall codes and the campaign; a code that exists (maybe revoked) is left as it is,
 * and a zone the console edited is left whole.
 */
export function seedQr(db: Database.Database, now: Date): void {
  const upsertZone = db.prepare(`
    INSERT INTO qr_zones (id, name, point_id, description, sort_order) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, point_id = excluded.point_id,
      description = excluded.description, sort_order = excluded.sort_order`)
  const insertCode = db.prepare(`
    INSERT INTO qr_codes (id, kind, target_id, title, zone_id, position, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, position = excluded.position`)
  const upsertCampaign = db.prepare(`
    INSERT INTO campaigns (id, title, description, benefits_json) VALUES (?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, description = excluded.description,
      benefits_json = excluded.benefits_json`)
  const at = now.toISOString()
  // A zone an administrator saved is the console's (migration 32): the seed leaves it alone.
  const edited = new Set(
    db.prepare<[], string>('SELECT id FROM qr_zones WHERE edited_at IS NOT NULL').pluck().all(),
  )
  db.transaction(() => {
    const c = GIFT_CAMPAIGN
    upsertCampaign.run(c.id, c.title, c.description, JSON.stringify(c.benefits))
    ZONES.forEach((zone, sort) => {
      if (edited.has(zone.id)) return
      upsertZone.run(zone.id, zone.name, zone.pointId, zone.description, sort)
      insertCode.run(stableCodeId('zone', zone.id), 'zone', zone.id, zone.name, zone.id, 0, at)
      zone.codes.forEach((code, i) => {
        const id = stableCodeId(code.kind, code.target, zone.id)
        insertCode.run(id, code.kind, code.target, code.title, zone.id, i + 1, at)
      })
    })
  })()
}
