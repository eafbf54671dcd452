import type { Insertable, Selectable } from 'kysely'
import * as z from 'zod/mini'
import { Audience } from '../../../../src/services/contract'
import type { Sql } from '../../../db/engine'
import type {
  CatalogItemFacets,
  CatalogItemMaterials,
  CatalogItemPoints,
  CatalogItems,
} from '../../../db/schema'
import { EX_OFFICIO_CATEGORIES, APPLICATION_CATEGORIES } from '../data/categories'
import { parseExtras } from '../rows'
import { vocabulary, type GuideRecord, type Vocabulary } from './record'

const Audiences = z.array(Audience)
const IN_CHUNK = 500

export interface CurrentItem {
  id: string
  record: GuideRecord
  updatedOn: string | null
}

async function chunked<T>(ids: readonly string[], read: (part: string[]) => Promise<T[]>) {
  const out: T[] = []
  for (let i = 0; i < ids.length; i += IN_CHUNK)
    out.push(...(await read(ids.slice(i, i + IN_CHUNK))))
  return out
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const k = key(row)
    const group = groups.get(k)
    if (group) group.push(row)
    else groups.set(k, [row])
  }
  return groups
}

/** The names the sheet uses for materials and service points. */
export async function loadVocabulary(sql: Sql): Promise<Vocabulary> {
  const [materials, points] = await Promise.all([
    sql.selectFrom('catalog_materials').select(['id', 'name']).execute(),
    sql.selectFrom('service_points').select(['id', 'name']).orderBy('sort_order').execute(),
  ])
  return vocabulary(materials, points)
}

/** Every item as a record, by 实施编码 (or only `ids`). */
export async function loadCurrent(
  sql: Sql,
  ids?: readonly string[],
): Promise<Map<string, CurrentItem>> {
  const itemQuery = sql
    .selectFrom('catalog_items')
    .select([
      'id',
      'code',
      'name',
      'category',
      'department',
      'audiences_json',
      'promised_days',
      'legal_days',
      'guide_json',
      'sample',
      'retired_on',
      'updated_on',
    ])
    .orderBy('sort_order')
  const items = ids
    ? await chunked(ids, (part) => itemQuery.where('id', 'in', part).execute())
    : await itemQuery.execute()
  const itemIds = items.map((i) => i.id)
  const materials = await chunked(itemIds, (part) =>
    sql
      .selectFrom('catalog_item_materials')
      .select(['item_id', 'material_id', 'required'])
      .where('item_id', 'in', part)
      .orderBy('item_id')
      .orderBy('position')
      .execute(),
  )
  const points = await chunked(itemIds, (part) =>
    sql
      .selectFrom('catalog_item_points as ip')
      .innerJoin('service_points as p', 'p.id', 'ip.point_id')
      .select(['ip.item_id', 'ip.point_id', 'ip.window'])
      .where('ip.item_id', 'in', part)
      .orderBy('p.sort_order')
      .execute(),
  )
  const materialsOf = groupBy(materials, (m) => m.item_id)
  const pointsOf = groupBy(points, (p) => p.item_id)
  const current = new Map<string, CurrentItem>()
  for (const row of items) {
    const extras = parseExtras(row.guide_json)
    current.set(row.code, {
      id: row.id,
      updatedOn: row.updated_on,
      record: {
        code: row.code,
        name: row.name,
        category: row.category,
        department: row.department,
        audiences: z.parse(Audiences, JSON.parse(row.audiences_json)),
        basis: extras.basis,
        conditions: extras.conditions,
        materials: (materialsOf.get(row.id) ?? []).map((m) => ({
          ref: m.material_id,
          required: m.required === 1,
        })),
        steps: extras.steps,
        legalDays: row.legal_days,
        promisedDays: row.promised_days,
        fee: extras.fee,
        places: (pointsOf.get(row.id) ?? []).map((p) => ({
          pointId: p.point_id,
          window: p.window,
        })),
        consultPhone: extras.consultPhone,
        complaint: extras.complaint,
        retiredOn: row.retired_on,
        sample: row.sample === 1,
      },
    })
  }
  return current
}

const EX_OFFICIO_ONLY = EX_OFFICIO_CATEGORIES.filter(
  (c) => !(APPLICATION_CATEGORIES as readonly string[]).includes(c),
) as readonly string[]

function typeOf(category: string, previous: string | undefined): string {
  if (category === '公共服务') return 'public_service'
  if (EX_OFFICIO_ONLY.includes(category)) return 'ex_officio'
  if (previous === 'ex_officio' && category === '其他行政权力') return previous
  return 'application'
}

/** The id a new item gets from its 实施编码. */
export const newItemId = (code: string) => `item-${code.toLowerCase()}`

const CONTENT_KEYS = [
  'name',
  'category',
  'department',
  'audiences',
  'basis',
  'conditions',
  'materials',
  'steps',
  'legalDays',
  'promisedDays',
  'fee',
  'places',
  'consultPhone',
  'complaint',
] as const satisfies readonly (keyof GuideRecord)[]

/** Whether the guide's text changed (its 本指南更新于 moves on), not only its status or 示例 mark. */
export function contentChanged(before: GuideRecord | null, after: GuideRecord): boolean {
  return (
    before === null ||
    CONTENT_KEYS.some((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
  )
}

/**
 * Writes one guide: the item row, its audience facets, materials (keeping item-specific copies,
 * form and note for materials it already had) and service points. `before` null = a new item.
 */
export async function writeRecord(
  sql: Sql,
  itemId: string,
  before: GuideRecord | null,
  record: GuideRecord,
  today: string,
): Promise<void> {
  const existing = await sql
    .selectFrom('catalog_items')
    .select(['type', 'guide_json', 'updated_on'])
    .where('id', '=', itemId)
    .executeTakeFirst()
  const extras = existing ? parseExtras(existing.guide_json) : { faqs: [], fields: [] }
  const guideJson = JSON.stringify({
    conditions: record.conditions,
    steps: record.steps,
    fee: record.fee,
    basis: record.basis,
    faqs: extras.faqs,
    consultPhone: record.consultPhone,
    complaint: record.complaint,
    fields: extras.fields,
  })
  const columns = {
    code: record.code,
    name: record.name,
    type: typeOf(record.category, existing?.type),
    category: record.category,
    department: record.department,
    audiences_json: JSON.stringify(record.audiences),
    promised_days: record.promisedDays,
    legal_days: record.legalDays,
    guide_json: guideJson,
    sample: record.sample ? 1 : 0,
    retired_on: record.retiredOn,
    updated_on: contentChanged(before, record) ? today : (existing?.updated_on ?? today),
  }
  if (existing) {
    await sql.updateTable('catalog_items').set(columns).where('id', '=', itemId).execute()
  } else {
    const last = await sql
      .selectFrom('catalog_items')
      .select((eb) => eb.fn.max('sort_order').as('n'))
      .executeTakeFirst()
    await sql
      .insertInto('catalog_items')
      .values({
        ...columns,
        id: itemId,
        scenes_json: '[]',
        scopes_json: '[]',
        keywords_json: '[]',
        visits: 1,
        online: 0,
        popularity: 0,
        sort_order: Number(last?.n ?? 0) + 1,
      })
      .execute()
  }
  if (JSON.stringify(before?.audiences) !== JSON.stringify(record.audiences)) {
    await sql
      .deleteFrom('catalog_item_facets')
      .where('item_id', '=', itemId)
      .where('facet', '=', 'audience')
      .execute()
    await sql
      .insertInto('catalog_item_facets')
      .values(record.audiences.map((value) => ({ item_id: itemId, facet: 'audience', value })))
      .execute()
  }
  if (JSON.stringify(before?.materials) !== JSON.stringify(record.materials)) {
    await writeMaterials(sql, itemId, record.materials)
  }
  if (JSON.stringify(before?.places) !== JSON.stringify(record.places)) {
    await sql.deleteFrom('catalog_item_points').where('item_id', '=', itemId).execute()
    if (record.places.length > 0) {
      await sql
        .insertInto('catalog_item_points')
        .values(
          record.places.map((p) => ({ item_id: itemId, point_id: p.pointId, window: p.window })),
        )
        .execute()
    }
  }
}

async function writeMaterials(sql: Sql, itemId: string, uses: GuideRecord['materials']) {
  const [kept, library] = await Promise.all([
    sql.selectFrom('catalog_item_materials').selectAll().where('item_id', '=', itemId).execute(),
    uses.length === 0
      ? Promise.resolve([])
      : sql
          .selectFrom('catalog_materials')
          .select(['id', 'copies', 'form'])
          .where(
            'id',
            'in',
            uses.map((u) => u.ref),
          )
          .execute(),
  ])
  const keptByRef = new Map(kept.map((m) => [m.material_id, m]))
  const libraryByRef = new Map(library.map((m) => [m.id, m]))
  await sql.deleteFrom('catalog_item_materials').where('item_id', '=', itemId).execute()
  if (uses.length === 0) return
  await sql
    .insertInto('catalog_item_materials')
    .values(
      uses.map((use, position) => {
        const before = keptByRef.get(use.ref)
        const base = libraryByRef.get(use.ref)
        return {
          item_id: itemId,
          position,
          material_id: use.ref,
          required: use.required ? 1 : 0,
          copies: before?.copies ?? base?.copies ?? 1,
          form: before?.form ?? base?.form ?? '原件',
          note: before?.note ?? null,
        }
      }),
    )
    .execute()
}

/** The rows of items as they are, so an apply can be undone (catalog_snapshots.rows_json). */
export interface ItemRows {
  items: Selectable<CatalogItems>[]
  facets: Selectable<CatalogItemFacets>[]
  materials: Selectable<CatalogItemMaterials>[]
  points: Selectable<CatalogItemPoints>[]
  /** Items the apply created: restoring removes them. */
  created: string[]
}

export async function snapshotRows(
  sql: Sql,
  ids: readonly string[],
  created: readonly string[],
): Promise<ItemRows> {
  const read = <T>(work: (part: string[]) => Promise<T[]>) => chunked(ids, work)
  return {
    items: await read((p) =>
      sql.selectFrom('catalog_items').selectAll().where('id', 'in', p).execute(),
    ),
    facets: await read((p) =>
      sql.selectFrom('catalog_item_facets').selectAll().where('item_id', 'in', p).execute(),
    ),
    materials: await read((p) =>
      sql.selectFrom('catalog_item_materials').selectAll().where('item_id', 'in', p).execute(),
    ),
    points: await read((p) =>
      sql.selectFrom('catalog_item_points').selectAll().where('item_id', 'in', p).execute(),
    ),
    created: [...created],
  }
}

async function insertAll<T>(rows: readonly T[], insert: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 200) await insert(rows.slice(i, i + 200))
}

/** Puts snapshotted rows back and removes the items the snapshot's apply created. */
export async function restoreRows(sql: Sql, rows: ItemRows): Promise<void> {
  const ids = [...rows.items.map((i) => i.id), ...rows.created]
  await chunked(ids, async (p) => {
    await sql.deleteFrom('catalog_item_facets').where('item_id', 'in', p).execute()
    await sql.deleteFrom('catalog_item_materials').where('item_id', 'in', p).execute()
    await sql.deleteFrom('catalog_item_points').where('item_id', 'in', p).execute()
    return []
  })
  await chunked(rows.created, async (p) => {
    await sql.deleteFrom('catalog_items').where('id', 'in', p).execute()
    return []
  })
  for (const item of rows.items) {
    const { id, ...columns } = item
    await sql.updateTable('catalog_items').set(columns).where('id', '=', id).execute()
  }
  await insertAll(rows.facets, (part) =>
    sql
      .insertInto('catalog_item_facets')
      .values(part as Insertable<CatalogItemFacets>[])
      .execute(),
  )
  await insertAll(rows.materials, (part) =>
    sql
      .insertInto('catalog_item_materials')
      .values(part as Insertable<CatalogItemMaterials>[])
      .execute(),
  )
  await insertAll(rows.points, (part) =>
    sql
      .insertInto('catalog_item_points')
      .values(part as Insertable<CatalogItemPoints>[])
      .execute(),
  )
}

/** From now on the seed leaves the catalog alone (seed.ts). */
export async function takeOver(sql: Sql, actorId: string, at: string): Promise<void> {
  await sql
    .insertInto('catalog_console')
    .values({ id: 1, owned_at: at, owned_by: actorId })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
}
