import { randomUUID } from 'node:crypto'
import type { LegalTopicId } from '../../../src/services/contract'
import { ApiError } from '../../http/errors'
import type { ConsultationRow, LegalRepo } from './repository'

/** Questions waiting for a first answer; more would crowd out other residents. */
export const MAX_WAITING = 3

const titleOf = (question: string) => {
  const line = question.replace(/\s+/g, ' ').trim()
  return [...line].length > 24 ? `${[...line].slice(0, 24).join('')}…` : line
}

export interface Question {
  lawyerId: string
  topic: LegalTopicId
  question: string
}

/**
 * A new consultation with its first message. The asker is held while their waiting questions
 * are counted, so concurrent questions (on any number of instances) never pass MAX_WAITING.
 */
export function openConsultation(
  legal: LegalRepo,
  userId: string,
  body: Question,
  now: Date,
): Promise<ConsultationRow> {
  return legal.transaction(async () => {
    const lawyer = await legal.lawyerOnDuty(body.lawyerId)
    if (!lawyer) {
      throw new ApiError(400, 'VALIDATION_FAILED', '请选择列表中的律师', {
        lawyerId: '没有这位律师，请重新选择',
      })
    }
    if (lawyer.user_id === userId)
      throw new ApiError(409, 'SELF_CONSULTATION', '不能向自己提问，请选择其他律师')
    await legal.lockAsker(userId)
    if ((await legal.waitingOfUser(userId)) >= MAX_WAITING) {
      throw new ApiError(
        409,
        'TOO_MANY_WAITING',
        `您已有${MAX_WAITING}条咨询在等待律师答复，请等答复后再提新问题，或在原咨询中补充`,
      )
    }
    const id = randomUUID()
    const at = now.toISOString()
    await legal.insert({
      id,
      user_id: userId,
      lawyer_id: lawyer.id,
      topic: body.topic,
      title: titleOf(body.question),
      created_at: at,
    })
    await legal.addMessage({
      id: randomUUID(),
      consultation_id: id,
      author: 'user',
      body: body.question,
      created_at: at,
    })
    const stored = await legal.find(id)
    if (!stored) throw new Error('consultation insert did not persist')
    return stored
  })
}
