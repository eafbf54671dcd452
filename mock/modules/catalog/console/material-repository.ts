import type { ConsoleMaterial, MaterialEdit } from '../../../../src/services/contract'
import { isUniqueViolation } from '../../../db/unique-violation'
import type { Sql } from '../../../db/engine'

const COLUMNS = ['m.id', 'm.name', 'm.form', 'm.copies', 'm.ecert', 'm.sample', 'm.note'] as const

type Row = {
  id: string
  name: string
  form: string
  copies: number
  ecert: number
  sample: string | null
  note: string | null
  itemCount: number | string | bigint
}

function toMaterial(row: Row): ConsoleMaterial {
  return {
    id: row.id,
    name: row.name,
    form: row.form as ConsoleMaterial['form'],
    copies: row.copies,
    ecert: row.ecert === 1,
    sample: row.sample,
    note: row.note,
    itemCount: Number(row.itemCount),
  }
}

const columnsOf = (edit: MaterialEdit) => ({
  name: edit.name,
  form: edit.form,
  copies: edit.copies,
  ecert: edit.ecert ? 1 : 0,
  sample: edit.sample,
  note: edit.note,
})

/** The console's reads and writes of the material library (catalog_materials). */
export function createMaterialRepo(sql: Sql) {
  const select = () =>
    sql
      .selectFrom('catalog_materials as m')
      .leftJoin('catalog_item_materials as im', 'im.material_id', 'm.id')
      .select(COLUMNS)
      .select((eb) => eb.fn.count<number>('im.item_id').distinct().as('itemCount'))
      .groupBy(COLUMNS)
  return {
    list: async (q: string | undefined): Promise<ConsoleMaterial[]> => {
      let query = select().orderBy('m.name')
      if (q) query = query.where('m.name', 'like', `%${q.replace(/[%_\\]/g, '')}%`)
      return (await query.execute()).map(toMaterial)
    },
    find: async (id: string): Promise<ConsoleMaterial | null> => {
      const row = await select().where('m.id', '=', id).executeTakeFirst()
      return row ? toMaterial(row) : null
    },
    /** Whether another material already has this name. */
    nameTaken: async (name: string, exceptId: string | null): Promise<boolean> => {
      let query = sql.selectFrom('catalog_materials').select('id').where('name', '=', name)
      if (exceptId) query = query.where('id', '!=', exceptId)
      return (await query.executeTakeFirst()) !== undefined
    },
    /** False when the (unique) name was taken meanwhile. */
    insert: async (id: string, edit: MaterialEdit): Promise<boolean> => {
      const result = await sql
        .insertInto('catalog_materials')
        .values({ id, ...columnsOf(edit) })
        .onConflict((oc) => oc.column('name').doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1
    },
    /** False when another material took the name meanwhile (the unique index on names). */
    update: async (id: string, edit: MaterialEdit): Promise<boolean> => {
      try {
        await sql
          .updateTable('catalog_materials')
          .set(columnsOf(edit))
          .where('id', '=', id)
          .execute()
        return true
      } catch (error) {
        if (isUniqueViolation(error)) return false
        throw error
      }
    },
    /** Guides show material names from cached reads: every process must drop them. */
    moveCatalogVersion: async (): Promise<void> => {
      await sql
        .updateTable('catalog_version')
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .execute()
    },
  }
}
