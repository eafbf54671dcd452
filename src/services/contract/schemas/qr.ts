import * as z from 'zod/mini'
import { clean, instant } from '../zod'

export const QrResolveRequest = z.object({
  text: z
    .string()
    .check(
      clean(),
      z.minLength(1, '请扫描二维码，或输入二维码下方的文字'),
      z.maxLength(2048, '内容过长，不是本平台的二维码'),
    ),
})

export const QrAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('guide'), itemId: z.string() }),
  z.object({ kind: z.literal('queue'), pointId: z.string() }),
  z.object({ kind: z.literal('zone'), zoneId: z.string() }),
  /** A booking's check-in code: staff check it in; anyone else is told to show it at the window. */
  z.object({ kind: z.literal('check_in'), code: z.string() }),
  z.object({ kind: z.literal('campaign'), campaignId: z.string() }),
  /** A 亲情代办 authorisation code: opens 代家人办 with it filled in. */
  z.object({ kind: z.literal('grant'), code: z.string() }),
  /** A 管理后台 sign-in code: opens the confirm page (administrators only). */
  z.object({ kind: z.literal('console_sign_in'), code: z.string() }),
  /** A staff invite: opens the claim page with it filled in. */
  z.object({ kind: z.literal('staff_invite'), code: z.string() }),
])
export type QrAction = z.infer<typeof QrAction>

/** `mistyped`: a genuine code typed with the wrong case or one wrong character. */
export const QrRefusal = z.enum([
  'not_official',
  'forged',
  'mistyped',
  'expired',
  'revoked',
  'unknown',
])
export type QrRefusal = z.infer<typeof QrRefusal>

export const QrResolution = z.discriminatedUnion('result', [
  z.object({ result: z.literal('official'), title: z.string(), action: QrAction }),
  z.object({ result: z.literal('refused'), reason: QrRefusal, message: z.string() }),
])
export type QrResolution = z.infer<typeof QrResolution>

export const QrScan = z.object({
  id: z.string(),
  at: z.string(),
  official: z.boolean(),
  /** The code's title when official, else what was wrong with it. */
  title: z.string(),
})
export const QrScanList = z.object({ items: z.array(QrScan) })
export type QrScanList = z.infer<typeof QrScanList>

export const ZoneService = z.object({
  title: z.string(),
  /** The code that opens it, as printed on the wall. */
  link: z.string(),
  action: QrAction,
})
export const Zone = z.object({
  id: z.string(),
  name: z.string(),
  pointId: z.string(),
  pointName: z.string(),
  description: z.string(),
  services: z.array(ZoneService),
})
export type Zone = z.infer<typeof Zone>

export const QueueTicketRequest = z.object({
  pointId: z.string().check(clean(), z.minLength(1, '请选择取号的网点'), z.maxLength(64)),
})
export const QueueTicket = z.object({
  id: z.string(),
  /** As called out in the hall, e.g. A023. */
  number: z.string(),
  pointId: z.string(),
  pointName: z.string(),
  status: z.enum(['waiting', 'called']),
  ahead: z.number(),
  waitMinutes: z.number(),
  takenAt: z.string(),
})
export type QueueTicket = z.infer<typeof QueueTicket>

export const Campaign = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  benefits: z.array(z.string()),
  claimedAt: z.nullable(z.string()),
})
export type Campaign = z.infer<typeof Campaign>

export const QrCodeIssueRequest = z.object({
  kind: z.enum(['guide', 'queue', 'zone', 'campaign'], '码的类型只能是办事指南、取号、专区或活动'),
  targetId: z
    .string()
    .check(clean(), z.minLength(1, '请填写码指向的事项、网点、专区或活动'), z.maxLength(64)),
  title: z
    .string()
    .check(
      clean(),
      z.minLength(1, '请填写印在码下方的标题'),
      z.maxLength(20, '标题不能超过20个字'),
    ),
  zoneId: z.optional(z.string().check(z.maxLength(64))),
  expiresAt: z.optional(instant('有效期格式不正确，请按 2026-12-31T23:59:59+08:00 的格式填写')),
})
export const QrCodeIssued = z.object({ id: z.string(), payload: z.string(), link: z.string() })
export type QrCodeIssued = z.infer<typeof QrCodeIssued>
export const QueueCallRequest = z.object({
  pointId: z.string().check(clean(), z.minLength(1, '请选择网点'), z.maxLength(64)),
})
