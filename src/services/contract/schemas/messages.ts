import * as z from 'zod/mini'

/** Every event that puts a message in someone's 消息 inbox. */
export const MESSAGE_KINDS = [
  'case_accepted',
  'case_correction',
  'case_correction_due',
  'case_finished',
  'case_refused',
  'case_deadline_near',
  'case_urged',
  'case_rating_invite',
  'case_follow_up',
  'appointment_reminder',
  'appointment_changed',
  'legal_reply',
  'loan_decision',
  'lab_report',
  'proxy_used',
  'policy_match',
  'complaint_answered',
  'live_changed',
] as const
export const MessageKind = z.enum(MESSAGE_KINDS)
export type MessageKind = z.infer<typeof MessageKind>

export const InboxMessage = z.object({
  id: z.string(),
  kind: MessageKind,
  title: z.string(),
  body: z.string(),
  /** The app page the message is about (a path of src/utils/routes.ts). */
  route: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
})
export type InboxMessage = z.infer<typeof InboxMessage>

export const MessageQuery = z.object({
  /** `nextCursor` of the previous page; none = the newest page. */
  cursor: z.optional(z.string().check(z.maxLength(120, '分页参数有误，请下拉刷新后重试'))),
})
export const MessagePage = z.object({
  items: z.array(InboxMessage),
  nextCursor: z.nullable(z.string()),
  unread: z.number(),
})
export type MessagePage = z.infer<typeof MessagePage>
export const UnreadCount = z.object({ unread: z.number() })
export type UnreadCount = z.infer<typeof UnreadCount>

/** The WeChat subscription templates to ask for at a moment of the app. */
export const SubscriptionMoment = z.enum(['case_submitted', 'legal_asked'])
export type SubscriptionMoment = z.infer<typeof SubscriptionMoment>
export const SubscriptionSetup = z.object({
  /** Template ids to pass to wx.requestSubscribeMessage at each moment; empty = not configured. */
  moments: z.record(SubscriptionMoment, z.array(z.string())),
  /** 政务民生 long-term templates: one acceptance covers every later message. */
  longTerm: z.boolean(),
})
export type SubscriptionSetup = z.infer<typeof SubscriptionSetup>
export const SubscriptionReport = z.object({
  /** The template ids the user accepted (`accept` in wx.requestSubscribeMessage's answer). */
  accepted: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(3)),
})
export type SubscriptionReport = z.infer<typeof SubscriptionReport>
export const SubscriptionRecorded = z.object({ recorded: z.number() })
