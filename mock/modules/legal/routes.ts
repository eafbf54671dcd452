import { randomUUID } from 'node:crypto'
import { requireRole } from '../../auth/roles'
import type { Repos } from '../repositories'
import type { ConsultationRow } from './repository'
import { ApiError, notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { checkAid } from './aid'
import { assess } from './assess'
import { toConsultation, toLawyer, toSummary, type Viewer } from './consultation-view'
import { KNOWLEDGE } from './knowledge'
import { searchKnowledge } from './knowledge-search'
import { TOPICS, toWireTopic } from './topics'
import type { HandlerDeps } from '../deps'

type LegalKeys =
  | 'GET /api/v1/legal/topics'
  | 'POST /api/v1/legal/assessments'
  | 'GET /api/v1/legal/knowledge'
  | 'GET /api/v1/legal/lawyers'
  | 'POST /api/v1/legal/consultations'
  | 'GET /api/v1/legal/consultations'
  | 'GET /api/v1/legal/consultations/:id'
  | 'POST /api/v1/legal/consultations/:id/messages'
  | 'GET /api/v1/legal/lawyer/consultations'
  | 'POST /api/v1/legal/aid-checks'

/** Questions waiting for a first answer; more would crowd out other residents. */
const MAX_WAITING = 3

/**
 * The asker sees their own threads, the assigned lawyer theirs while holding the lawyer role;
 * anyone else gets the same 404 as for a thread that does not exist.
 */
function access(
  repos: Repos,
  id: string,
  userId: string,
): { row: ConsultationRow; viewer: Viewer } {
  const row = repos.legal.find(id)
  if (row?.user_id === userId) return { row, viewer: 'user' }
  if (
    row &&
    repos.legal.lawyerOfUser(userId)?.id === row.lawyer_id &&
    repos.roles.holds(userId, 'lawyer')
  )
    return { row, viewer: 'lawyer' }
  throw notFound('没有找到这条咨询，请回到“我的咨询”刷新后重试')
}

const titleOf = (question: string) => {
  const line = question.replace(/\s+/g, ' ').trim()
  return [...line].length > 24 ? `${[...line].slice(0, 24).join('')}…` : line
}

export function legalHandlers({ repos }: HandlerDeps): Pick<Handlers, LegalKeys> {
  const listOf = (rows: ConsultationRow[], viewer: Viewer) => {
    const items = rows.map((r) => toSummary(repos, r, viewer))
    return { items, unreadCount: items.filter((i) => i.unread).length }
  }
  return {
    'GET /api/v1/legal/topics': () => ({ items: TOPICS.map(toWireTopic) }),
    'POST /api/v1/legal/assessments': ({ body }, ctx) => assess(body, ctx.now),
    'GET /api/v1/legal/knowledge': ({ query }) => {
      const items = searchKnowledge(KNOWLEDGE, query.q, query.topic)
      return { items, total: items.length }
    },
    'GET /api/v1/legal/lawyers': () => ({ items: repos.legal.lawyers().map(toLawyer) }),
    'POST /api/v1/legal/consultations': ({ body }, ctx) => {
      const userId = ctx.session.userId
      const row = repos.legal.transaction(() => {
        const lawyer = repos.legal.lawyerOnDuty(body.lawyerId)
        if (!lawyer) {
          throw new ApiError(400, 'VALIDATION_FAILED', '请选择列表中的律师', {
            lawyerId: '没有这位律师，请重新选择',
          })
        }
        if (lawyer.user_id === userId)
          throw new ApiError(409, 'SELF_CONSULTATION', '不能向自己提问，请选择其他律师')
        if (repos.legal.waitingOfUser(userId) >= MAX_WAITING) {
          throw new ApiError(
            409,
            'TOO_MANY_WAITING',
            `您已有${MAX_WAITING}条咨询在等待律师答复，请等答复后再提新问题，或在原咨询中补充`,
          )
        }
        const id = randomUUID()
        const at = ctx.now.toISOString()
        repos.legal.insert({
          id,
          user_id: userId,
          lawyer_id: lawyer.id,
          topic: body.topic,
          title: titleOf(body.question),
          created_at: at,
        })
        repos.legal.addMessage({
          id: randomUUID(),
          consultation_id: id,
          author: 'user',
          body: body.question,
          created_at: at,
        })
        const stored = repos.legal.find(id)
        if (!stored) throw new Error('consultation insert did not persist')
        return stored
      })
      return toConsultation(repos, row, 'user')
    },
    'GET /api/v1/legal/consultations': (_input, ctx) =>
      listOf(repos.legal.ofUser(ctx.session.userId), 'user'),
    'GET /api/v1/legal/consultations/:id': ({ params }, ctx) => {
      const { row, viewer } = access(repos, params.id, ctx.session.userId)
      repos.legal.markRead(row.id, viewer)
      return toConsultation(repos, repos.legal.find(row.id) ?? row, viewer)
    },
    'POST /api/v1/legal/consultations/:id/messages': ({ params, body }, ctx) => {
      const result = repos.legal.transaction(() => {
        const { row, viewer } = access(repos, params.id, ctx.session.userId)
        repos.legal.addMessage({
          id: randomUUID(),
          consultation_id: row.id,
          author: viewer,
          body: body.body,
          created_at: ctx.now.toISOString(),
        })
        // Writing means the writer has read everything before it.
        repos.legal.markRead(row.id, viewer)
        return { row: repos.legal.find(row.id) ?? row, viewer }
      })
      return toConsultation(repos, result.row, result.viewer)
    },
    'GET /api/v1/legal/lawyer/consultations': (_input, ctx) => {
      requireRole(repos, ctx.session.userId, 'lawyer')
      const lawyer = repos.legal.lawyerOfUser(ctx.session.userId)
      return listOf(lawyer ? repos.legal.ofLawyer(lawyer.id) : [], 'lawyer')
    },
    'POST /api/v1/legal/aid-checks': ({ body }) => checkAid(body),
  }
}
