import * as z from 'zod/mini'
import { checkMobile } from '../rules/phone'
import { clean, ruleCheck, text } from '../zod'

export const PlanKind = z.enum(['home', 'line', 'bundle'], '套餐类型只能是 home、line 或 bundle')
export type PlanKind = z.infer<typeof PlanKind>

export const Plan = z.object({
  id: z.string(),
  operatorName: z.string(),
  kind: PlanKind,
  kindName: z.string(),
  name: z.string(),
  bandwidthMbps: z.number(),
  monthlyYuan: z.number(),
  contractMonths: z.number(),
  installFeeYuan: z.number(),
  /** Monthly fee × 12 + installation: the number to compare. */
  firstYearYuan: z.number(),
  extras: z.array(z.string()),
  /** Indicative prices, not the operators' published ones: the app marks them 示例. */
  sample: z.boolean(),
})
export type Plan = z.infer<typeof Plan>
export const PlanQuery = z.object({ kind: z.optional(PlanKind) })
export const PlanList = z.object({ items: z.array(Plan) })

export const TelecomRequest = z.object({
  planId: z.string().check(clean(), z.minLength(1, '请选择套餐'), z.maxLength(64)),
  contact: text('联系人姓名', 20),
  phone: z.string().check(clean(), z.minLength(1, '请填写手机号'), ruleCheck(checkMobile)),
  address: text('安装地址', 100),
})
export type TelecomRequest = z.infer<typeof TelecomRequest>

export const TelecomOrder = z.object({
  id: z.string(),
  refNo: z.string(),
  planName: z.string(),
  operatorName: z.string(),
  contact: z.string(),
  phone: z.string(),
  address: z.string(),
  statusText: z.string(),
  createdAt: z.string(),
})
export type TelecomOrder = z.infer<typeof TelecomOrder>
export const TelecomOrderList = z.object({ items: z.array(TelecomOrder) })
