import { sql as raw, type SqlBool } from 'kysely'
import * as z from 'zod/mini'
import { OpeningDay, type PointKind, type ServicePoint } from '../../../src/services/contract'
import { isPostgres, type Sql } from '../../db/engine'
import { catalogCache } from '../catalog/version-cache'

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

const COLUMNS = [
  'p.id',
  'p.name',
  'p.kind',
  'p.street',
  'p.address',
  'p.phone',
  'p.latitude',
  'p.longitude',
  'p.hours_json',
] as const

export function createServicePointRepo(sql: Sql) {
  /** SQLite's LIKE ignores ASCII case and has no default escape; PostgreSQL's ILIKE matches it. */
  const like = (column: string, pattern: string) =>
    isPostgres(sql)
      ? raw<SqlBool>`${raw.ref(column)} ILIKE ${pattern} ESCAPE '\\'`
      : raw<SqlBool>`${raw.ref(column)} LIKE ${pattern} ESCAPE '\\'`

  async function withFeatures(rows: PointRow[]): Promise<ServicePoint[]> {
    const features =
      rows.length === 0
        ? []
        : await sql
            .selectFrom('service_point_features')
            .select(['point_id', 'feature'])
            .where(
              'point_id',
              'in',
              rows.map((r) => r.id),
            )
            .orderBy('point_id')
            .orderBy('position')
            .execute()
    const byPoint = new Map<string, string[]>()
    for (const f of features) {
      byPoint.set(f.point_id, [...(byPoint.get(f.point_id) ?? []), f.feature])
    }
    return rows.map(({ hours_json, ...row }) => ({
      ...row,
      hours: z.parse(Hours, JSON.parse(hours_json) as unknown),
      features: byPoint.get(row.id) ?? [],
    }))
  }

  const points = () =>
    sql.selectFrom('service_points as p').select(COLUMNS).$narrowType<{ kind: PointKind }>()

  // Points change only in the console (or a seed), and every write moves the catalog's version on
  // (migration 38): the lists and points read on nearly every booking are kept per version.
  const lists = catalogCache<ServicePoint[]>(sql, 100)
  const byId = catalogCache<ServicePoint | undefined>(sql, 1000)

  async function list(filter: { q?: string; kind?: PointKind }): Promise<ServicePoint[]> {
    let query = points().orderBy('p.sort_order')
    if (filter.kind) query = query.where('p.kind', '=', filter.kind)
    if (filter.q) {
      const pattern = likePattern(filter.q)
      query = query.where((eb) =>
        eb.or([
          like('p.name', pattern),
          like('p.street', pattern),
          like('p.address', pattern),
          eb.exists(
            eb
              .selectFrom('service_point_features as f')
              .select('f.point_id')
              .whereRef('f.point_id', '=', 'p.id')
              .where(like('f.feature', pattern)),
          ),
        ]),
      )
    }
    return withFeatures(await query.execute())
  }

  async function find(id: string): Promise<ServicePoint | undefined> {
    const row = await points().where('p.id', '=', id).executeTakeFirst()
    return row ? (await withFeatures([row]))[0] : undefined
  }

  return {
    /** Shared between callers: never change what it gives. */
    list: (filter: { q?: string; kind?: PointKind }): Promise<ServicePoint[]> =>
      lists(JSON.stringify([filter.q ?? '', filter.kind ?? '']), () => list(filter)),
    /** Shared between callers: never change what it gives. */
    findById: (id: string): Promise<ServicePoint | undefined> => byId(id, () => find(id)),
    count: async (): Promise<number> => {
      const { n } = await sql
        .selectFrom('service_points')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
      return Number(n)
    },
  }
}

export type ServicePointRepo = ReturnType<typeof createServicePointRepo>
