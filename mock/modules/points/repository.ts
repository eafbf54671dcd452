import * as z from 'zod/mini'
import { OpeningDay, type PointKind, type ServicePoint } from '../../../src/services/contract'
import type { Db } from '../../db/open'

interface PointRow {
  id: string
  name: string
  kind: PointKind
  street: string
  address: string
  phone: string
  latitude: number
  longitude: number
  hours_json: string
}

const Hours = z.array(OpeningDay)

/** `%`, `_` and the escape character itself are literal in a user's search text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
}

export function createServicePointRepo(db: Db) {
  const list = db.prepare<[{ kind: string | null; pattern: string | null }], PointRow>(`
    SELECT p.id, p.name, p.kind, p.street, p.address, p.phone, p.latitude, p.longitude, p.hours_json
    FROM service_points p
    WHERE (@kind IS NULL OR p.kind = @kind)
      AND (@pattern IS NULL
        OR p.name LIKE @pattern ESCAPE '\\'
        OR p.street LIKE @pattern ESCAPE '\\'
        OR p.address LIKE @pattern ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM service_point_features f
                   WHERE f.point_id = p.id AND f.feature LIKE @pattern ESCAPE '\\'))
    ORDER BY p.sort_order`)
  const byId = db.prepare<[string], PointRow>(
    `SELECT p.id, p.name, p.kind, p.street, p.address, p.phone, p.latitude, p.longitude, p.hours_json
     FROM service_points p WHERE p.id = ?`,
  )
  const count = db.prepare<[], number>('SELECT COUNT(*) FROM service_points').pluck()
  const features = db.prepare<[string], { point_id: string; feature: string }>(`
    SELECT point_id, feature FROM service_point_features
    WHERE point_id IN (SELECT value FROM json_each(?))
    ORDER BY point_id, position`)

  function withFeatures(rows: PointRow[]): ServicePoint[] {
    const byPoint = new Map<string, string[]>()
    for (const f of features.all(JSON.stringify(rows.map((r) => r.id)))) {
      byPoint.set(f.point_id, [...(byPoint.get(f.point_id) ?? []), f.feature])
    }
    return rows.map(({ hours_json, ...row }) => ({
      ...row,
      hours: z.parse(Hours, JSON.parse(hours_json) as unknown),
      features: byPoint.get(row.id) ?? [],
    }))
  }

  return {
    list: (filter: { q?: string; kind?: PointKind }): ServicePoint[] => {
      const pattern = filter.q ? likePattern(filter.q) : null
      return withFeatures(list.all({ kind: filter.kind ?? null, pattern }))
    },
    findById: (id: string): ServicePoint | undefined => {
      const row = byId.get(id)
      return row ? withFeatures([row])[0] : undefined
    },
    count: (): number => count.get() ?? 0,
  }
}

export type ServicePointRepo = ReturnType<typeof createServicePointRepo>
