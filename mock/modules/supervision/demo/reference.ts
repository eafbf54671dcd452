import * as z from 'zod/mini'
import { OpeningDay } from '../../../../src/services/contract'
import type { Sql } from '../../../db/engine'

export interface DemoSource {
  kind: 'item' | 'bundle'
  id: string
  name: string
  promisedDays: number
  /** How often it is filed, relative to the others. */
  weight: number
}

export interface DemoPoint {
  id: string
  kind: string
  hours: OpeningDay[]
}

export interface DemoZone {
  id: string | null
  codes: { id: string; title: string }[]
}

export interface DemoReference {
  sources: DemoSource[]
  points: DemoPoint[]
  zones: DemoZone[]
}

/** The catalog, points and 一码通 codes the history is made of: the district's own reference data. */
export async function loadReference(sql: Sql): Promise<DemoReference> {
  const items = await sql
    .selectFrom('catalog_items')
    .select(['id', 'name', 'promised_days', 'popularity'])
    .where('sample', '=', 0)
    .where('type', '=', 'application')
    .orderBy('popularity', 'desc')
    .orderBy('id')
    .limit(60)
    .execute()
  const bundles = await sql
    .selectFrom('catalog_bundles')
    .select(['id', 'name', 'promised_days'])
    .orderBy('sort_order')
    .execute()
  const points = await sql
    .selectFrom('service_points')
    .select(['id', 'kind', 'hours_json'])
    .orderBy('sort_order')
    .execute()
  const codes = await sql
    .selectFrom('qr_codes')
    .select(['id', 'title', 'zone_id'])
    .where('revoked_at', 'is', null)
    .orderBy('zone_id')
    .orderBy('position')
    .orderBy('id')
    .execute()
  const zones = new Map<string | null, DemoZone>()
  for (const code of codes) {
    const zone = zones.get(code.zone_id) ?? { id: code.zone_id, codes: [] }
    zone.codes.push({ id: code.id, title: code.title })
    zones.set(code.zone_id, zone)
  }
  return {
    sources: [
      ...items.map((i, rank) => ({
        kind: 'item' as const,
        id: i.id,
        name: i.name,
        promisedDays: i.promised_days,
        weight: 60 - rank,
      })),
      ...bundles.map((b) => ({
        kind: 'bundle' as const,
        id: b.id,
        name: b.name,
        promisedDays: b.promised_days,
        weight: 25,
      })),
    ],
    points: points.map((p) => ({
      id: p.id,
      kind: p.kind,
      hours: z.parse(z.array(OpeningDay), JSON.parse(p.hours_json) as unknown),
    })),
    zones: [...zones.values()],
  }
}
