import type {
  ConsultationStatus,
  IntakeQuestion,
  LegalTopic,
  Limitation,
} from '../../services/contract'
import { formatDay, formatDayTime } from '../../services/contract'

export type AnswerValues = Record<string, string>

export function isAsked(question: IntakeQuestion, answers: AnswerValues): boolean {
  return question.when === undefined || answers[question.when.question] === question.when.value
}

export function visibleQuestions(topic: LegalTopic, answers: AnswerValues): IntakeQuestion[] {
  return topic.questions.filter((q) => isAsked(q, answers))
}

/** What the server would also say for an unanswered required question, before sending. */
export function missingAnswers(topic: LegalTopic, answers: AnswerValues): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const q of visibleQuestions(topic, answers)) {
    if (!q.required || (answers[q.id] ?? '') !== '') continue
    errors[`answers.${q.id}`] = q.kind === 'date' ? `请选择日期：${q.text}` : `请选择：${q.text}`
  }
  return errors
}

/** Only answers to questions still asked are sent (a changed choice can hide a question). */
export function answersToSend(topic: LegalTopic, answers: AnswerValues): AnswerValues {
  const out: AnswerValues = {}
  for (const q of visibleQuestions(topic, answers)) {
    const value = answers[q.id]
    if (value !== undefined && value !== '') out[q.id] = value
  }
  return out
}

export function limitationHeadline(limitation: Limitation): string {
  if (limitation.kind === 'none') return limitation.name
  if (limitation.kind === 'paused') return `${limitation.name}：目前尚未开始计算`
  if (limitation.expired)
    return `已于 ${limitation.deadline ? formatDay(limitation.deadline) : ''} 届满，请尽快咨询律师`
  return `截止日期 ${limitation.deadline ? formatDay(limitation.deadline) : ''}，还剩 ${limitation.daysLeft ?? 0} 天`
}

export const STATUS_TEXT: Record<ConsultationStatus, string> = {
  waiting: '等待律师答复',
  answered: '律师已答复',
}

/** Asked and not yet answered: the thread waits on the lawyer. */
export const awaitsAnswer = (c: { status: ConsultationStatus }): boolean => c.status === 'waiting'

export function statusLine(status: ConsultationStatus, unread: boolean, viewer: 'user' | 'lawyer') {
  if (!unread) return STATUS_TEXT[status]
  return viewer === 'user' ? '● 律师有新回复（未读）' : '● 有新提问（未读）'
}

/** 2026-03-02T01:05:00Z → 03-02 09:05 in 包头. */
export function shortTime(iso: string): string {
  return formatDayTime(iso)
}
