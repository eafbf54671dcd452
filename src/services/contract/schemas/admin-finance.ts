import * as z from 'zod/mini'
import { text } from '../zod'
import { LoanProduct } from './finance'

/** A bank product as an administrator edits it; rates, amounts and terms are checked by the server. */
export const LoanProductInput = z.object({
  name: text('产品名称', 40),
  kind: z.enum(['guarantee', 'credit', 'mortgage'], '请选择贷款类型'),
  kindName: text('类型名称', 20),
  /** 万元 */
  amountMin: z.number('请填写最低额度（万元）'),
  amountMax: z.number('请填写最高额度（万元）'),
  rateText: text('利率说明', 60),
  termText: text('期限说明', 40),
  conditions: z.array(text('申请条件', 120)).check(z.maxLength(20, '申请条件最多20条')),
  materials: z.array(text('所需材料', 60)).check(z.maxLength(20, '所需材料最多20项')),
  minGrade: z.enum(['A', 'B', 'C', 'D'], '请选择最低信用自评等级'),
})
export type LoanProductInput = z.infer<typeof LoanProductInput>

export const AdminLoanProduct = z.object({
  product: LoanProduct,
  bankId: z.string(),
  onShelf: z.boolean(),
  /** Sample products stay marked 示例 after an edit. */
  sample: z.boolean(),
  updatedAt: z.string(),
  /** When the console took the product over from the seed; null = as seeded. */
  editedAt: z.nullable(z.string()),
})
export type AdminLoanProduct = z.infer<typeof AdminLoanProduct>
export const AdminLoanProductList = z.object({ items: z.array(AdminLoanProduct) })
export type AdminLoanProductList = z.infer<typeof AdminLoanProductList>
export const ShelfChange = z.object({ reason: text('原因', 200) })
