import type { LicenceKind } from '../../../src/services/contract'
import { arg, compiledReader } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'

export interface LicenceRow {
  id: string
  kind: LicenceKind
  holder_kind: 'person' | 'enterprise'
  holder_code: string
  holder_name: string
  number: string
  issuer: string
  issued_on: string
  valid_until: string | null
  facts_json: string
}

export function createLicenceRepo(sql: Sql) {
  // Read on every visit of 电子证照 and every prefilled form.
  const held = compiledReader(
    sql,
    sql
      .selectFrom('licences')
      .selectAll()
      .where('holder_kind', '=', arg(0))
      .where('holder_code', '=', arg(1))
      .where('holder_name', '=', arg(2))
      .orderBy('issued_on')
      .orderBy('id'),
  )
  return {
    find: (id: string) =>
      sql.selectFrom('licences').selectAll().where('id', '=', id).executeTakeFirst() as Promise<
        LicenceRow | undefined
      >,
    /** A holder's licences, the 居民身份证 first: the code and the name on them must both match. */
    ofHolder: async (kind: LicenceRow['holder_kind'], code: string, name: string) => {
      const rows = (await held(kind, code, name)) as LicenceRow[]
      return [
        ...rows.filter((r) => r.kind === 'id_card'),
        ...rows.filter((r) => r.kind !== 'id_card'),
      ]
    },
    /** Inserts unless a licence of that kind and number exists already. */
    issue: async (row: LicenceRow) => {
      const result = await sql
        .insertInto('licences')
        .values(row)
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
    },
  }
}

export type LicenceRepo = ReturnType<typeof createLicenceRepo>
