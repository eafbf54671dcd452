import * as z from 'zod/mini'
import { clean, cleanMultiline, paragraph } from '../zod'

export const LegalTopicId = z.enum(
  ['contract', 'labor', 'family', 'tenancy', 'consumer', 'traffic'],
  '请选择咨询的问题类型',
)
export type LegalTopicId = z.infer<typeof LegalTopicId>

export const IntakeOption = z.object({ value: z.string(), label: z.string() })
export const IntakeQuestion = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(['date', 'choice']),
  required: z.boolean(),
  hint: z.optional(z.string()),
  options: z.array(IntakeOption),
  /** Asked only when another answer has this value. */
  when: z.optional(z.object({ question: z.string(), value: z.string() })),
})
export type IntakeQuestion = z.infer<typeof IntakeQuestion>

export const LegalTopic = z.object({
  id: LegalTopicId,
  name: z.string(),
  description: z.string(),
  questions: z.array(IntakeQuestion),
})
export type LegalTopic = z.infer<typeof LegalTopic>
export const LegalTopicList = z.object({ items: z.array(LegalTopic) })

const AnswerText = z.string().check(z.maxLength(40, '回答过长，请重新选择'))
export const AssessmentRequest = z.object({
  topic: LegalTopicId,
  answers: z.record(z.string().check(z.maxLength(20)), AnswerText),
})
export type AssessmentRequest = z.infer<typeof AssessmentRequest>

export const Limitation = z.object({
  /** deadline: a date applies; paused: not running yet; none: no limitation period applies. */
  kind: z.enum(['deadline', 'paused', 'none']),
  name: z.string(),
  rule: z.string(),
  basis: z.string(),
  startDate: z.nullable(z.string()),
  deadline: z.nullable(z.string()),
  daysLeft: z.nullable(z.number()),
  expired: z.boolean(),
})
export type Limitation = z.infer<typeof Limitation>

export const Assessment = z.object({
  topic: LegalTopicId,
  topicName: z.string(),
  summary: z.array(z.string()),
  evidence: z.array(z.string()),
  limitation: Limitation,
  nextSteps: z.array(z.string()),
})
export type Assessment = z.infer<typeof Assessment>

export const KnowledgeQuery = z.object({
  q: z.optional(z.string().check(clean(), z.maxLength(40, '搜索词不能超过40个字'))),
  topic: z.optional(LegalTopicId),
})
export const KnowledgeEntry = z.object({
  id: z.string(),
  topic: LegalTopicId,
  question: z.string(),
  answer: z.string(),
  basis: z.string(),
})
export type KnowledgeEntry = z.infer<typeof KnowledgeEntry>
export const KnowledgeResult = z.object({ items: z.array(KnowledgeEntry), total: z.number() })
export type KnowledgeResult = z.infer<typeof KnowledgeResult>

export const Lawyer = z.object({
  id: z.string(),
  name: z.string(),
  firm: z.string(),
  specialties: z.array(LegalTopicId),
  specialtyText: z.string(),
  years: z.number(),
  intro: z.string(),
})
export type Lawyer = z.infer<typeof Lawyer>
export const LawyerList = z.object({ items: z.array(Lawyer) })

export const ConsultationRequest = z.object({
  lawyerId: z.string().check(clean(), z.minLength(1, '请选择一位律师'), z.maxLength(64)),
  topic: LegalTopicId,
  question: z
    .string()
    .check(
      cleanMultiline(),
      z.minLength(10, '请把问题写清楚一些（至少10个字）：发生了什么、想解决什么'),
      z.maxLength(1000, '问题不能超过1000个字，可分几次发送'),
    ),
})
export type ConsultationRequest = z.infer<typeof ConsultationRequest>

export const MessageRequest = z.object({ body: paragraph('回复内容', 1000) })
export type MessageRequest = z.infer<typeof MessageRequest>

export const ConsultationStatus = z.enum(['waiting', 'answered'])
export type ConsultationStatus = z.infer<typeof ConsultationStatus>

export const ConsultationSummary = z.object({
  id: z.string(),
  topic: LegalTopicId,
  topicName: z.string(),
  title: z.string(),
  lawyerName: z.string(),
  lawyerFirm: z.string(),
  /** The asker as the lawyer sees them: masked. */
  askerName: z.string(),
  status: ConsultationStatus,
  /** Something new since the viewer last opened it. */
  unread: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type ConsultationSummary = z.infer<typeof ConsultationSummary>
export const ConsultationList = z.object({
  items: z.array(ConsultationSummary),
  unreadCount: z.number(),
})
export type ConsultationList = z.infer<typeof ConsultationList>

export const ConsultationMessage = z.object({
  id: z.string(),
  author: z.enum(['user', 'lawyer']),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
})
export type ConsultationMessage = z.infer<typeof ConsultationMessage>

export const Consultation = z.object({
  ...ConsultationSummary.shape,
  viewer: z.enum(['user', 'lawyer']),
  messages: z.array(ConsultationMessage),
})
export type Consultation = z.infer<typeof Consultation>

export const AidMatter = z.enum(
  [
    'wages',
    'work_injury',
    'social_insurance',
    'support',
    'injury',
    'domestic_violence',
    'other_civil',
  ],
  '请选择要解决的事情',
)
export type AidMatter = z.infer<typeof AidMatter>
export const AidSituation = z.enum(
  ['assistance', 'vulnerable', 'migrant_worker', 'low_income', 'none'],
  '请选择您的情况',
)
export type AidSituation = z.infer<typeof AidSituation>
export const AidCheckRequest = z.object({ matter: AidMatter, situation: AidSituation })
export type AidCheckRequest = z.infer<typeof AidCheckRequest>

export const AidCheckResult = z.object({
  outcome: z.enum(['eligible', 'review', 'unlikely', 'out_of_scope']),
  headline: z.string(),
  reasons: z.array(z.string()),
  basis: z.array(z.string()),
  documents: z.array(z.string()),
  where: z.string(),
})
export type AidCheckResult = z.infer<typeof AidCheckResult>
