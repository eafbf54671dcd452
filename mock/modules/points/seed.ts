import type Database from 'better-sqlite3'
import { servicePointSeed } from './seed-data'

/**
 * Brings reference data to the seed's state, except the points the console edited; returns rows
 * changed, 0 when already seeded.
 */
export function seed(db: Database.Database): number {
  const upsertPoint = db.prepare(`
    INSERT INTO service_points
      (id, name, kind, street, address, phone, latitude, longitude, hours_json, sort_order)
    VALUES (@id, @name, @kind, @street, @address, @phone, @latitude, @longitude, @hours, @sort)
    ON CONFLICT (id) DO UPDATE SET
      name = excluded.name, kind = excluded.kind, street = excluded.street,
      address = excluded.address, phone = excluded.phone, latitude = excluded.latitude,
      longitude = excluded.longitude, hours_json = excluded.hours_json,
      sort_order = excluded.sort_order
    WHERE (name, kind, street, address, phone, latitude, longitude, hours_json, sort_order)
      IS NOT (excluded.name, excluded.kind, excluded.street, excluded.address, excluded.phone,
              excluded.latitude, excluded.longitude, excluded.hours_json, excluded.sort_order)`)
  const upsertFeature = db.prepare(`
    INSERT INTO service_point_features (point_id, position, feature) VALUES (?, ?, ?)
    ON CONFLICT (point_id, position) DO UPDATE SET feature = excluded.feature
    WHERE feature IS NOT excluded.feature`)
  const trimFeatures = db.prepare(
    'DELETE FROM service_point_features WHERE point_id = ? AND position >= ?',
  )

  // A point an administrator saved is the console's (migration 32): the seed leaves it alone.
  const edited = new Set(
    db
      .prepare<[], string>('SELECT id FROM service_points WHERE edited_at IS NOT NULL')
      .pluck()
      .all(),
  )

  return db.transaction(() => {
    let changes = 0
    servicePointSeed.forEach((point, sort) => {
      if (edited.has(point.id)) return
      changes += upsertPoint.run({ ...point, hours: JSON.stringify(point.hours), sort }).changes
      point.features.forEach((feature, position) => {
        changes += upsertFeature.run(point.id, position, feature).changes
      })
      changes += trimFeatures.run(point.id, point.features.length).changes
    })
    return changes
  })()
}
