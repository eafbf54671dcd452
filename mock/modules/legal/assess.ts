import { beijingDate, parseDate } from '../../../src/services/contract'
import type { Assessment, AssessmentRequest } from '../../../src/services/contract'
import { ApiError } from '../../http/errors'
import type { Answers, QuestionDef, TopicDef } from './topic-def'
import { topicById } from './topics'

const EARLIEST = '1990-01-01'

function asked(question: QuestionDef, answers: Record<string, string>): boolean {
  return question.when === undefined || answers[question.when.question] === question.when.value
}

function problem(question: QuestionDef, value: string | undefined, today: string): string | null {
  if (value === undefined || value === '') {
    if (!question.required) return null
    return question.kind === 'date' ? `请选择日期：${question.text}` : `请选择：${question.text}`
  }
  if (question.kind === 'choice')
    return question.options.some((o) => o.value === value) ? null : '回答无效，请重新选择'
  if (!parseDate(value)) return '日期格式应为YYYY-MM-DD，请重新选择'
  if (value > today) return '日期不能晚于今天，请重新选择'
  if (value < EARLIEST) return '日期过早，请核对后重新选择'
  return null
}

/** Keeps only the answers of questions actually asked; every problem is reported at once. */
export function validAnswers(topic: TopicDef, raw: Record<string, string>, now: Date): Answers {
  const today = beijingDate(now)
  const fields: Record<string, string> = {}
  const answers: Record<string, string> = {}
  for (const question of topic.questions) {
    if (!asked(question, raw)) continue
    const value = raw[question.id]?.trim()
    const found = problem(question, value, today)
    if (found !== null) fields[`answers.${question.id}`] = found
    else if (value !== undefined && value !== '') answers[question.id] = value
  }
  if (Object.keys(fields).length > 0)
    throw new ApiError(400, 'VALIDATION_FAILED', '还有问题没有回答好，请按提示修改', fields)
  return answers
}

function summaryLine(question: QuestionDef, value: string): string {
  const label = question.options.find((o) => o.value === value)?.label ?? value
  return `${question.short}：${label}`
}

export function assess(request: AssessmentRequest, now: Date): Assessment {
  const topic = topicById(request.topic)
  const answers = validAnswers(topic, request.answers, now)
  const summary = [
    `问题类型：${topic.name}`,
    ...topic.questions.flatMap((q) => {
      const value = answers[q.id]
      return value === undefined ? [] : [summaryLine(q, value)]
    }),
  ]
  return {
    topic: topic.id,
    topicName: topic.name,
    summary,
    evidence: topic.evidence(answers),
    limitation: topic.limitation(answers, now),
    nextSteps: topic.nextSteps(answers),
  }
}
