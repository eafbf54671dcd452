import { sql as raw } from 'kysely'
import { arg, compiledReader } from '../../db/compiled-once'
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

const PARSED_LIMIT = 500
const parsed = new Map<string, ProductTerms>()

/**
 * The terms a product_json holds, parsed once per distinct text (keyed by the text itself, so an
 * edit is a new key): the product list parses every product on every request otherwise. Callers
 * share the value: never change it.
 */
export function termsOf(json: string): ProductTerms {
  let terms = parsed.get(json)
  if (!terms) {
    if (parsed.size >= PARSED_LIMIT) parsed.delete(parsed.keys().next().value ?? json)
    terms = JSON.parse(json) as ProductTerms
    parsed.set(json, terms)
  }
  return terms
}

/** A stored product as the mini program receives it, with its bank. */
export function wireProduct(
  row: Pick<LoanProductRecord, 'id' | 'bank_id' | 'product_json'>,
): LoanProduct & { bankId: string } {
  return {
    id: row.id,
    bank: bankName(row.bank_id),
    ...termsOf(row.product_json),
    bankId: row.bank_id,
  }
}

/** The 政银合作 loan products, edited in the 管理后台; read per request, so an edit shows at once. */
export function createLoanProductRepo(sql: Sql) {
  const records = () =>
    sql.selectFrom('loan_products').selectAll().orderBy('sort_order').orderBy('id')
  const onShelf = compiledReader(sql, records().where('on_shelf', '=', 1))
  const byId = compiledReader(
    sql,
    sql.selectFrom('loan_products').selectAll().where('id', '=', arg(0)),
  )
  return {
    all: () => records().execute() as Promise<LoanProductRecord[]>,
    onShelf: () => onShelf() as Promise<LoanProductRecord[]>,
    find: async (id: string) => (await byId(id))[0] as LoanProductRecord | undefined,
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
