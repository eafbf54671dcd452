import type Database from 'better-sqlite3'
import { LAB_SEED } from './labs'

/**
 * Brings the labs to sample-labs.json on every start, except a lab an administrator edited in
 * the 管理后台 (`edited_at` set): the console owns that one from then on.
 */
export function seedLabs(db: Database.Database): number {
  const upsert = db.prepare(`
    INSERT INTO labs (id, name, cma, address, phone, services_json, price_text, hours, capacity,
      sample, sort_order)
    VALUES (@id, @name, @cma, @address, @phone, @services, @priceText, @hours, @capacity,
      @sample, @sort)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, cma = excluded.cma,
      address = excluded.address, phone = excluded.phone, services_json = excluded.services_json,
      price_text = excluded.price_text, hours = excluded.hours, capacity = excluded.capacity,
      sample = excluded.sample, sort_order = excluded.sort_order
    WHERE labs.edited_at IS NULL`)
  return db.transaction(() =>
    LAB_SEED.reduce(
      (changes, lab, sort) =>
        changes +
        upsert.run({
          ...lab,
          services: JSON.stringify(lab.services),
          sample: lab.sample ? 1 : 0,
          sort,
        }).changes,
      0,
    ),
  )()
}
