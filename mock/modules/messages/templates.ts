import type { MessageKind, SubscriptionMoment } from '../../../src/services/contract'

/**
 * The WeChat subscription templates messages go out through (ids from configuration, see
 * mock/README.md). Both have the keys thing1 标题, thing2 内容, time3 时间.
 * - progress: 办件进度通知 (cases, bookings changed, loans, reports, 亲情代办, 承诺时限)
 * - reply: 咨询回复通知 (a lawyer's reply, 差评回访, 投诉 answers)
 */
export type TemplateGroup = 'progress' | 'reply'

export interface MessageTemplates {
  progress?: string
  reply?: string
  /** The templates are 政务民生 long-term ones: one acceptance covers every later message. */
  longTerm: boolean
}

/** null: no WeChat send (the day-before booking reminder goes out through 预约提醒 already). */
export const TEMPLATE_OF: Record<MessageKind, TemplateGroup | null> = {
  case_accepted: 'progress',
  case_correction: 'progress',
  case_correction_due: 'progress',
  case_finished: 'progress',
  case_refused: 'progress',
  case_deadline_near: 'progress',
  case_urged: 'progress',
  case_rating_invite: 'progress',
  case_follow_up: 'reply',
  appointment_reminder: null,
  appointment_changed: 'progress',
  legal_reply: 'reply',
  loan_decision: 'progress',
  lab_report: 'progress',
  proxy_used: 'progress',
  policy_match: 'progress',
  complaint_answered: 'reply',
  live_changed: 'progress',
}

/** What the app asks to subscribe to at each moment: what the user will hear about next. */
const MOMENT_GROUPS: Record<SubscriptionMoment, readonly TemplateGroup[]> = {
  case_submitted: ['progress'],
  legal_asked: ['reply'],
}

export function templatesAt(templates: MessageTemplates, moment: SubscriptionMoment): string[] {
  return MOMENT_GROUPS[moment].flatMap((group) => templates[group] ?? [])
}

export const configuredIds = (templates: MessageTemplates): string[] =>
  [templates.progress, templates.reply].filter((id): id is string => id !== undefined)

/** Templates from the environment: WX_TEMPLATE_PROGRESS, WX_TEMPLATE_REPLY, WX_SUBSCRIBE_LONG_TERM=1. */
export function templatesFromEnv(env: NodeJS.ProcessEnv): MessageTemplates {
  return {
    progress: env.WX_TEMPLATE_PROGRESS || undefined,
    reply: env.WX_TEMPLATE_REPLY || undefined,
    longTerm: env.WX_SUBSCRIBE_LONG_TERM === '1',
  }
}
