import * as z from 'zod/mini'
import { checkAccountNumber, type UtilityKind as Kind } from '../rules/utility-account'
import { clean } from '../zod'

export const UtilityKind = z.enum(['water', 'power', 'gas', 'heating'], '请选择缴费类型')
export type UtilityKind = z.infer<typeof UtilityKind>

export const BindAccountRequest = z
  .object({
    kind: UtilityKind,
    number: z.string().check(clean(), z.minLength(1, '请填写户号'), z.maxLength(20, '户号过长')),
    /** Only the household knows it: the holder's surname, or the last 4 digits of its phone. */
    holderCheck: z
      .string()
      .check(
        clean(),
        z.regex(
          /^([\u4e00-\u9fa5]{1,2}|\d{4})$/,
          '请填写户主的姓（如“张”），或开户时登记手机号的后4位',
        ),
      ),
  })
  .check(
    z.superRefine<{ kind: Kind; number: string; holderCheck: string }>((value, ctx) => {
      const result = checkAccountNumber(value.kind, value.number)
      if (!result.ok)
        ctx.issues.push({ code: 'custom', message: result.reason, input: value, path: ['number'] })
    }),
  )
export type BindAccountRequest = z.infer<typeof BindAccountRequest>

export const UtilityAccount = z.object({
  id: z.string(),
  kind: UtilityKind,
  kindName: z.string(),
  company: z.string(),
  number: z.string(),
  /** Masked: 张* */
  holder: z.string(),
  /** The door number is masked: 幸福南路12号楼3单元*** */
  address: z.string(),
  unpaidCents: z.number(),
  unpaidCount: z.number(),
  /** Made-up data (a fictional household, bills at sample tariffs): the app marks it 示例. */
  sample: z.boolean(),
})
export type UtilityAccount = z.infer<typeof UtilityAccount>
export const UtilityAccountList = z.object({ items: z.array(UtilityAccount) })

export const Bill = z.object({
  id: z.string(),
  accountId: z.string(),
  period: z.string(),
  description: z.string(),
  amountCents: z.number(),
  dueDate: z.string(),
  status: z.enum(['unpaid', 'paid']),
  paymentId: z.nullable(z.string()),
  /** Made-up data (a fictional household, bills at sample tariffs): the app marks it 示例. */
  sample: z.boolean(),
})
export type Bill = z.infer<typeof Bill>
export const BillList = z.object({ account: UtilityAccount, items: z.array(Bill) })
export type BillList = z.infer<typeof BillList>

export const PaymentRequest = z.object({
  billId: z.string().check(clean(), z.minLength(1, '请选择要缴的账单'), z.maxLength(64)),
})

export const Receipt = z.object({
  id: z.string(),
  receiptNo: z.string(),
  billId: z.string(),
  kindName: z.string(),
  company: z.string(),
  accountNumber: z.string(),
  holder: z.string(),
  period: z.string(),
  amountCents: z.number(),
  /** Always 'sandbox': a real WeChat payment needs a merchant account. */
  channel: z.literal('sandbox'),
  paidAt: z.string(),
  /** Made-up data (a fictional household, bills at sample tariffs): the app marks it 示例. */
  sample: z.boolean(),
})
export type Receipt = z.infer<typeof Receipt>
