import * as z from 'zod/mini'
import { checkMobile } from '../rules/phone'
import { clean, cleanMultiline, ruleCheck } from '../zod'

export const ComplaintKind = z.enum(['complaint', 'suggestion'])
export type ComplaintKind = z.infer<typeof ComplaintKind>

export const ComplaintRequest = z.object({
  kind: ComplaintKind,
  content: z
    .string()
    .check(
      cleanMultiline(),
      z.minLength(10, '请至少写10个字，说清楚发生了什么、希望怎样解决'),
      z.maxLength(500, '内容不能超过500个字'),
    ),
  /** The case it is about; filled in when sent from a case. */
  caseId: z.optional(z.string().check(z.maxLength(64))),
  phone: z.optional(z.string().check(clean(), ruleCheck(checkMobile))),
})
export type ComplaintRequest = z.infer<typeof ComplaintRequest>

export const Complaint = z.object({
  id: z.string(),
  /** 受理编号 */
  number: z.string(),
  kind: ComplaintKind,
  content: z.string(),
  case: z.nullable(z.object({ id: z.string(), number: z.string(), title: z.string() })),
  /** Masked. */
  phone: z.nullable(z.string()),
  /** Local date by which an answer is due (5 working days). */
  replyDue: z.string(),
  createdAt: z.string(),
  /** The staff answer, given once; null while unanswered. */
  answer: z.nullable(
    z.object({
      text: z.string(),
      answeredAt: z.string(),
      /** Answered on or before `replyDue` (5 working days, contract calendar). */
      onTime: z.boolean(),
    }),
  ),
})
export type Complaint = z.infer<typeof Complaint>

export const ComplaintList = z.object({ items: z.array(Complaint) })

export const ComplaintAnswerRequest = z.object({
  answer: z
    .string()
    .check(
      cleanMultiline(),
      z.minLength(10, '请至少写10个字，说明核查结果和处理办法'),
      z.maxLength(500, '答复不能超过500个字'),
    ),
})
export type ComplaintAnswerRequest = z.infer<typeof ComplaintAnswerRequest>
