import type { LawyerEdit } from '../../../src/services/contract'
import type { Sql } from '../../db/engine'
import type { LawyerRow } from './repository'

export interface LawyerAdminRow extends LawyerRow {
  phone: string | null
  licence_no: string | null
  paused_at: string | null
  edited_at: string | null
  /** 1 while the account holds a live lawyer grant. */
  granted: number
}

/** The 管理后台's view of `lawyers`: every profile, with what residents never see. */
export function createLawyersRepo(sql: Sql) {
  const lawyers = () =>
    sql
      .selectFrom('lawyers as l')
      .select([
        'l.id',
        'l.user_id',
        'l.name',
        'l.firm',
        'l.specialties_json',
        'l.years',
        'l.intro',
        'l.phone',
        'l.licence_no',
        'l.paused_at',
        'l.edited_at',
      ])
      .select((eb) =>
        eb
          .selectFrom('role_grants as g')
          .select((e) => e.fn.countAll<number | string>().as('n'))
          .whereRef('g.user_id', '=', 'l.user_id')
          .where('g.kind', '=', 'lawyer')
          .where('g.revoked_at', 'is', null)
          .as('granted'),
      )
  const toRow = (row: Omit<LawyerAdminRow, 'granted'> & { granted: unknown }): LawyerAdminRow => ({
    ...row,
    granted: Number(row.granted) > 0 ? 1 : 0,
  })
  const setPaused = async (id: string, pausedAt: string | null, at: string) => {
    const result = await sql
      .updateTable('lawyers')
      .set({ paused_at: pausedAt, edited_at: at })
      .where('id', '=', id)
      .where('paused_at', pausedAt === null ? 'is not' : 'is', null)
      .executeTakeFirst()
    return Number(result.numUpdatedRows) === 1
  }
  return {
    all: async (): Promise<LawyerAdminRow[]> =>
      (await lawyers().orderBy('l.sort_order').orderBy('l.id').execute()).map(toRow),
    find: async (id: string): Promise<LawyerAdminRow | undefined> => {
      const row = await lawyers().where('l.id', '=', id).executeTakeFirst()
      return row && toRow(row)
    },
    /** A phone or licence left out keeps the one on file. */
    edit: async (id: string, edit: LawyerEdit, at: string) => {
      await sql
        .updateTable('lawyers')
        .set({
          firm: edit.firm,
          specialties_json: JSON.stringify(edit.specialties),
          years: edit.years,
          intro: edit.intro,
          ...(edit.phone !== undefined && { phone: edit.phone }),
          ...(edit.licenceNo !== undefined && { licence_no: edit.licenceNo }),
          edited_at: at,
        })
        .where('id', '=', id)
        .execute()
    },
    /** Only when it changes state: true for exactly one of two clicks at once. */
    pause: (id: string, at: string) => setPaused(id, at, at),
    resume: (id: string, at: string) => setPaused(id, null, at),
  }
}
