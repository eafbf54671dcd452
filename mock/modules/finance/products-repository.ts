import { sql as raw } from 'kysely'
import type { Sql } from '../../db/engine'
import type { LoanProduct } from '../../../src/services/contract'
import { bankName, type ProductTerms } from './products'

export interface LoanProductRecord {
  id: string
  bank_id: string
  product_json: string
  on_shelf: number
  sort_order: number
  updated_at: string
  edited_at: string | null
}

/** A stored product as the mini program receives it, with its bank. */
export function wireProduct(row: LoanProductRecord): LoanProduct & { bankId: string } {
  const terms = JSON.parse(row.product_json) as ProductTerms
  return { id: row.id, bank: bankName(row.bank_id), ...terms, bankId: row.bank_id }
}

/** The 政银合作 loan products, edited in the 管理后台; read per request, so an edit shows at once. */
export function createLoanProductRepo(sql: Sql) {
  const records = () =>
    sql.selectFrom('loan_products').selectAll().orderBy('sort_order').orderBy('id')
  return {
    all: () => records().execute() as Promise<LoanProductRecord[]>,
    onShelf: () => records().where('on_shelf', '=', 1).execute() as Promise<LoanProductRecord[]>,
    find: (id: string) =>
      sql
        .selectFrom('loan_products')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst() as Promise<LoanProductRecord | undefined>,
    /** The console owns the product from then on: the seed leaves it alone. */
    update: async (id: string, terms: ProductTerms, at: string) => {
      await sql
        .updateTable('loan_products')
        .set({
          product_json: JSON.stringify(terms),
          updated_at: at,
          edited_at: raw<string>`COALESCE(edited_at, ${at})`,
        })
        .where('id', '=', id)
        .execute()
    },
    /** On or off shelf; false when it already was. */
    setShelf: async (id: string, onShelf: boolean, at: string): Promise<boolean> => {
      const result = await sql
        .updateTable('loan_products')
        .set({
          on_shelf: onShelf ? 1 : 0,
          updated_at: at,
          edited_at: raw<string>`COALESCE(edited_at, ${at})`,
        })
        .where('id', '=', id)
        .where('on_shelf', '=', onShelf ? 0 : 1)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
  }
}

export type LoanProductRepo = ReturnType<typeof createLoanProductRepo>
