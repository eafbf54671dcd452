import * as z from 'zod/mini'
import { AGENT_SCOPE_NAMES, AGENT_SCOPES } from '../choices'
import { clean, ruleCheck, text } from '../zod'
import { checkIdNumber } from '../rules/id-number'

/** How a claimed identity is proven: a code to the phone on file (reference backend) or WeChat 人脸核身. */
export const VerificationMethod = z.enum(['sms', 'face'])
export type VerificationMethod = z.infer<typeof VerificationMethod>

export const PersonName = z
  .string()
  .check(
    clean(),
    z.minLength(2, '请填写证件上的姓名（至少2个字）'),
    z.maxLength(30, '姓名不能超过30个字'),
    z.regex(/^[\u4e00-\u9fa5·]+$/, '姓名请用汉字填写，少数民族姓名中间可用“·”'),
  )

export const IdNumber = z.string().check(
  clean(),
  z.toUpperCase(),
  ruleCheck((v) => checkIdNumber(v)),
)

export const VerificationRequest = z.object({ name: PersonName, idNumber: IdNumber })
export type VerificationRequest = z.infer<typeof VerificationRequest>

export const Verification = z.object({
  id: z.string(),
  method: VerificationMethod,
  /** Where the code went (sms): 138****5678. */
  phoneMasked: z.nullable(z.string()),
  /** face: the session wx.requestFacialVerify runs (WeChat 人脸核身 2.0). */
  faceVerifyId: z.nullable(z.string()),
  expiresAt: z.string(),
  attemptsLeft: z.number(),
})
export type Verification = z.infer<typeof Verification>

/** `code` for sms; nothing for face: the server asks WeChat for the result. */
export const VerificationConfirm = z.object({
  code: z.optional(z.string().check(clean(), z.regex(/^\d{6}$/, '请输入短信中的6位数字验证码'))),
})
export type VerificationConfirm = z.infer<typeof VerificationConfirm>

/** What the reference backend "sent" as SMS (development only; nothing leaves the machine). */
export const OutboxMessage = z.object({
  phoneMasked: z.string(),
  text: z.string(),
  sentAt: z.string(),
})
export const Outbox = z.object({ items: z.array(OutboxMessage) })
export type Outbox = z.infer<typeof Outbox>

/** What a 经办人 may do for the enterprise. */
export { AGENT_SCOPE_NAMES }
export const AgentScope = z.enum(AGENT_SCOPES)
export type AgentScope = z.infer<typeof AgentScope>
export const AGENT_DAYS = [7, 30, 90, 365] as const

export const AgentGrantRequest = z.object({
  agentName: PersonName,
  agentIdNumber: IdNumber,
  scopes: z
    .array(AgentScope)
    .check(z.minLength(1, '请至少选择一项授权事项'), z.maxLength(2, '授权事项重复')),
  days: z.literal(AGENT_DAYS, '请选择授权期限：7天、30天、90天或一年'),
})
export type AgentGrantRequest = z.infer<typeof AgentGrantRequest>

export const AgentGrant = z.object({
  id: z.string(),
  enterpriseName: z.string(),
  /** 张* and 1502**********1234: the grantor sees whom they authorised, masked. */
  agentNameMasked: z.string(),
  agentIdNumberMasked: z.string(),
  scopes: z.array(AgentScope),
  validUntil: z.string(),
  status: z.enum(['unclaimed', 'active', 'expired', 'revoked']),
  /** 8 digits the 经办人 types; only while unclaimed and shown to the 法定代表人. */
  claimCode: z.nullable(z.string()),
  codeExpiresAt: z.nullable(z.string()),
  audit: z.array(z.object({ action: z.string(), at: z.string(), actorMasked: z.string() })),
})
export type AgentGrant = z.infer<typeof AgentGrant>
export const AgentGrantList = z.object({ items: z.array(AgentGrant) })
export type AgentGrantList = z.infer<typeof AgentGrantList>

export const AgentGrantParams = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  grantId: z.string().check(z.minLength(1), z.maxLength(64)),
})

export const AgentClaimRequest = z.object({
  code: z.string().check(clean(), z.regex(/^\d{8}$/, '请输入法定代表人给您的8位授权码')),
})
export type AgentClaimRequest = z.infer<typeof AgentClaimRequest>

export const EnterpriseName = text('企业名称', 60)
