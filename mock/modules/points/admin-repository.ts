import type {
  CatalogItemOption,
  OpeningDay,
  PointCreate,
  PointEdit,
  PointItem,
} from '../../../src/services/contract'
import type { Sql } from '../../db/engine'

/** The console's writes to service points and the items they handle (migration 32: `edited_at`). */
export function createPointAdminRepo(sql: Sql) {
  return {
    editedAt: async () => {
      const rows = await sql.selectFrom('service_points').select(['id', 'edited_at']).execute()
      return new Map(rows.map((r) => [r.id, r.edited_at]))
    },
    editedAtOf: async (id: string): Promise<string | null> =>
      (
        await sql
          .selectFrom('service_points')
          .select('edited_at')
          .where('id', '=', id)
          .executeTakeFirst()
      )?.edited_at ?? null,
    items: (pointId: string): Promise<PointItem[]> =>
      sql
        .selectFrom('catalog_item_points as ip')
        .innerJoin('catalog_items as i', 'i.id', 'ip.item_id')
        .select(['ip.item_id as itemId', 'i.name', 'ip.window'])
        .where('ip.point_id', '=', pointId)
        .orderBy('i.sort_order')
        .execute(),
    /** Every catalog item the picker can offer, in catalog order. */
    itemOptions: (): Promise<CatalogItemOption[]> =>
      sql
        .selectFrom('catalog_items')
        .select(['id', 'name', 'department'])
        .orderBy('sort_order')
        .execute(),
    unknownItems: async (ids: readonly string[]): Promise<string[]> => {
      if (ids.length === 0) return []
      const known = await sql
        .selectFrom('catalog_items')
        .select('id')
        .where('id', 'in', [...ids])
        .execute()
      const found = new Set(known.map((r) => r.id))
      return ids.filter((id) => !found.has(id))
    },
    /** Whether another point already has this name (the 实施清单 names points by name). */
    nameTaken: async (name: string): Promise<boolean> =>
      (await sql
        .selectFrom('service_points')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirst()) !== undefined,
    /** A new point, the console's from the start (`edited_at` set: the seed never touches it). */
    insert: async (id: string, point: PointCreate & { hours: OpeningDay[] }, at: string) => {
      const last = await sql
        .selectFrom('service_points')
        .select((eb) => eb.fn.max('sort_order').as('n'))
        .executeTakeFirst()
      await sql
        .insertInto('service_points')
        .values({
          id,
          kind: point.kind,
          name: point.name,
          street: point.street,
          address: point.address,
          phone: point.phone,
          latitude: point.latitude,
          longitude: point.longitude,
          hours_json: JSON.stringify(point.hours),
          sort_order: Number(last?.n ?? 0) + 1,
          edited_at: at,
        })
        .execute()
      if (point.features.length > 0)
        await sql
          .insertInto('service_point_features')
          .values(point.features.map((feature, position) => ({ point_id: id, position, feature })))
          .execute()
    },
    update: async (id: string, edit: PointEdit & { hours: OpeningDay[] }, at: string) => {
      await sql
        .updateTable('service_points')
        .set({
          name: edit.name,
          street: edit.street,
          address: edit.address,
          phone: edit.phone,
          latitude: edit.latitude,
          longitude: edit.longitude,
          hours_json: JSON.stringify(edit.hours),
          edited_at: at,
        })
        .where('id', '=', id)
        .execute()
      await sql.deleteFrom('service_point_features').where('point_id', '=', id).execute()
      if (edit.features.length > 0)
        await sql
          .insertInto('service_point_features')
          .values(edit.features.map((feature, position) => ({ point_id: id, position, feature })))
          .execute()
    },
    /** The point's rows for these items (their windows before a change), in catalog order. */
    itemsAmong: async (pointId: string, ids: readonly string[]) =>
      ids.length === 0
        ? []
        : sql
            .selectFrom('catalog_item_points as ip')
            .innerJoin('catalog_items as i', 'i.id', 'ip.item_id')
            .select(['ip.item_id as itemId', 'ip.window'])
            .where('ip.point_id', '=', pointId)
            .where('ip.item_id', 'in', [...ids])
            .orderBy('i.sort_order')
            .execute(),
    /**
     * Adds items or changes their window (`set`) and takes items off (`remove`); the others stay.
     * The catalog's triggers move `catalog_version` on.
     */
    changeItems: async (
      pointId: string,
      change: { set: readonly { itemId: string; window: string }[]; remove: readonly string[] },
      at: string,
    ) => {
      const touched = [...change.set.map((i) => i.itemId), ...change.remove]
      if (touched.length > 0)
        await sql
          .deleteFrom('catalog_item_points')
          .where('point_id', '=', pointId)
          .where('item_id', 'in', touched)
          .execute()
      if (change.set.length > 0)
        await sql
          .insertInto('catalog_item_points')
          .values(
            change.set.map((i) => ({ point_id: pointId, item_id: i.itemId, window: i.window })),
          )
          .execute()
      await sql
        .updateTable('service_points')
        .set({ edited_at: at })
        .where('id', '=', pointId)
        .where('edited_at', 'is', null)
        .execute()
    },
  }
}
