import * as z from 'zod/mini'
import { LoanProduct } from '../../../src/services/contract'
import { parseReference, provenance } from '../reference-data'
import file from './loan-products.json'

const BANK_IDS = ['abc-qingshan', 'hx-baotou'] as const
export type BankId = (typeof BANK_IDS)[number]

const LoanProductsFile = z.object({
  ...provenance,
  banks: z.record(z.enum(BANK_IDS), z.string()),
  products: z.array(z.extend(z.omit(LoanProduct, { bank: true }), { bankId: z.enum(BANK_IDS) })),
})

const data = parseReference('finance/loan-products.json', LoanProductsFile, file)

/** The 政银合作 banks by id. */
export const BANKS: Readonly<Record<BankId, string>> = data.banks

/** Whether the seeded products are samples (示例): they stay so after an edit in the console. */
export const PRODUCTS_ARE_SAMPLES = data.sample

/** What is stored of a product (`loan_products.product_json`): the wire's fields but id and bank. */
export type ProductTerms = Omit<LoanProduct, 'id' | 'bank'>

/** Sample products of the 政银合作 banks as seeded: ranges are indicative, the bank's approval decides. */
export const PRODUCTS: readonly (LoanProduct & { bankId: BankId })[] = data.products.map(
  ({ id, bankId, ...product }) => ({ id, bankId, bank: BANKS[bankId], ...product }),
)

export const bankName = (bankId: string) => BANKS[bankId as BankId] ?? bankId
