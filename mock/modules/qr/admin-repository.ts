import type { CodeIssue, ZoneCreate, ZoneEdit } from '../../../src/services/contract'
import type { Sql } from '../../db/engine'
import type { QrCodeRow } from './repository'

const CODE_COLUMNS = [
  'id',
  'kind',
  'target_id',
  'title',
  'zone_id',
  'position',
  'revoked_at',
] as const

/** The console's view and writes of 一码通 zones and codes (migration 32: `qr_zones.edited_at`). */
export function createQrAdminRepo(sql: Sql) {
  return {
    zones: () =>
      sql
        .selectFrom('qr_zones as z')
        .leftJoin('service_points as p', 'p.id', 'z.point_id')
        .select([
          'z.id',
          'z.name',
          'z.point_id',
          'p.name as point_name',
          'z.description',
          'z.edited_at',
        ])
        .orderBy('z.sort_order')
        .execute(),
    /** Every code of the zones, revoked ones too, in wall order. */
    codes: (zoneIds: readonly string[]) =>
      zoneIds.length === 0
        ? Promise.resolve([])
        : sql
            .selectFrom('qr_codes')
            .select(CODE_COLUMNS)
            .$narrowType<Pick<QrCodeRow, 'kind'>>()
            .where('zone_id', 'in', [...zoneIds])
            .orderBy('position')
            .orderBy('created_at')
            .execute(),
    code: (id: string) =>
      sql
        .selectFrom('qr_codes')
        .select(CODE_COLUMNS)
        .$narrowType<Pick<QrCodeRow, 'kind'>>()
        .where('id', '=', id)
        .executeTakeFirst(),
    /** False when the id is taken. */
    createZone: async (zone: ZoneCreate, at: string): Promise<boolean> => {
      const { last } = await sql
        .selectFrom('qr_zones')
        .select((eb) => eb.fn.max('sort_order').as('last'))
        .executeTakeFirstOrThrow()
      const result = await sql
        .insertInto('qr_zones')
        .values({
          id: zone.id,
          name: zone.name,
          point_id: zone.pointId,
          description: zone.description,
          sort_order: Number(last ?? -1) + 1,
          edited_at: at,
        })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1
    },
    editZone: async (id: string, edit: ZoneEdit, at: string) => {
      await sql
        .updateTable('qr_zones')
        .set({
          name: edit.name,
          point_id: edit.pointId,
          description: edit.description,
          edited_at: at,
        })
        .where('id', '=', id)
        .execute()
    },
    /** The code goes to the end of the zone's wall. */
    issueCode: async (id: string, zoneId: string, code: CodeIssue, at: string) => {
      const { last } = await sql
        .selectFrom('qr_codes')
        .select((eb) => eb.fn.max('position').as('last'))
        .where('zone_id', '=', zoneId)
        .executeTakeFirstOrThrow()
      await sql
        .insertInto('qr_codes')
        .values({
          id,
          kind: code.kind,
          target_id: code.targetId,
          title: code.title,
          zone_id: zoneId,
          position: Number(last ?? 0) + 1,
          created_at: at,
        })
        .execute()
    },
    /** True when this call revoked it (a code already revoked keeps its first date). */
    revoke: async (id: string, at: string): Promise<boolean> => {
      const result = await sql
        .updateTable('qr_codes')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    pointExists: async (id: string) =>
      (await sql
        .selectFrom('service_points')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()) !== undefined,
    itemExists: async (id: string) =>
      (await sql
        .selectFrom('catalog_items')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()) !== undefined,
    campaignExists: async (id: string) =>
      (await sql.selectFrom('campaigns').select('id').where('id', '=', id).executeTakeFirst()) !==
      undefined,
  }
}

export type QrAdminRepo = ReturnType<typeof createQrAdminRepo>
