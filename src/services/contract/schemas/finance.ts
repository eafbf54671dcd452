import * as z from 'zod/mini'
import { CREDIT_GRADES } from '../choices'
import { clean, cleanMultiline } from '../zod'

export const LoanKind = z.enum(['guarantee', 'credit', 'mortgage'])
export type LoanKind = z.infer<typeof LoanKind>
export const CreditGrade = z.enum(CREDIT_GRADES)
export type CreditGrade = z.infer<typeof CreditGrade>

export const LoanProduct = z.object({
  id: z.string(),
  bank: z.string(),
  name: z.string(),
  kind: LoanKind,
  kindName: z.string(),
  /** 万元 */
  amountMin: z.number(),
  amountMax: z.number(),
  rateText: z.string(),
  termText: z.string(),
  conditions: z.array(z.string()),
  materials: z.array(z.string()),
  /** The lowest self-assessed grade the bank will look at. */
  minGrade: CreditGrade,
})
export type LoanProduct = z.infer<typeof LoanProduct>
export const LoanProductList = z.object({ items: z.array(LoanProduct) })

const choice = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, `请选择${label}`)

export const CreditRequest = z.object({
  years: choice(['lt1', '1to3', '3to5', 'gt5'], '成立年限'),
  revenue: choice(['lt100', '100to500', '500to2000', 'gt2000'], '上年营业收入'),
  taxRating: choice(['A', 'B', 'M', 'C', 'D', 'none'], '纳税信用等级'),
  overdue: choice(['none', 'once', 'repeated'], '近两年逾期记录'),
  collateral: choice(['yes', 'no'], '是否有可抵押的房产'),
  qualification: choice(['none', 'high_tech', 'specialized'], '企业资质'),
})
export type CreditRequest = z.infer<typeof CreditRequest>

export const CreditFactor = z.object({
  text: z.string(),
  effect: z.enum(['up', 'down']),
  points: z.number(),
})
export const CreditMatch = z.object({
  product: LoanProduct,
  eligible: z.boolean(),
  reason: z.string(),
})
export const CreditResult = z.object({
  score: z.number(),
  grade: CreditGrade,
  gradeText: z.string(),
  factors: z.array(CreditFactor),
  matches: z.array(CreditMatch),
})
export type CreditResult = z.infer<typeof CreditResult>

export const ApplicationRequest = z.object({
  productId: z.string().check(clean(), z.minLength(1, '请选择贷款产品'), z.maxLength(64)),
  amount: z
    .string()
    .check(clean(), z.regex(/^\d{1,5}(\.\d{1,2})?$/, '请用数字填写申请金额（单位：万元），如 50')),
  purpose: z
    .string()
    .check(
      cleanMultiline(),
      z.minLength(4, '请写明贷款用途（至少4个字），如：采购原材料'),
      z.maxLength(200, '贷款用途不能超过200个字'),
    ),
  /** 'yes' once the applicant confirms every listed material is ready. */
  materialsReady: z.literal('yes', '请先备齐并确认全部申请材料'),
})
export type ApplicationRequest = z.infer<typeof ApplicationRequest>

export const ApplicationStatus = z.enum(['submitted', 'accepted', 'declined'])
export type ApplicationStatus = z.infer<typeof ApplicationStatus>

export const LoanApplication = z.object({
  id: z.string(),
  productId: z.string(),
  productName: z.string(),
  bank: z.string(),
  enterpriseName: z.string(),
  amount: z.number(),
  purpose: z.string(),
  grade: CreditGrade,
  status: ApplicationStatus,
  statusText: z.string(),
  decisionNote: z.nullable(z.string()),
  createdAt: z.string(),
  decidedAt: z.nullable(z.string()),
  /** The viewer is staff of the lending bank and may still decide. */
  canDecide: z.boolean(),
})
export type LoanApplication = z.infer<typeof LoanApplication>
export const LoanApplicationList = z.object({ items: z.array(LoanApplication) })
export type LoanApplicationList = z.infer<typeof LoanApplicationList>

export const DecisionRequest = z.object({
  decision: z.enum(['accepted', 'declined'], '请选择受理或不予受理'),
  note: z
    .string()
    .check(
      cleanMultiline(),
      z.minLength(4, '请写明理由或下一步安排（至少4个字）'),
      z.maxLength(300, '说明不能超过300个字'),
    ),
})
export type DecisionRequest = z.infer<typeof DecisionRequest>
