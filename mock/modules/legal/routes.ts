import { randomUUID } from 'node:crypto'
import { openConsultation } from './consult'
import { requireRole } from '../../auth/roles'
import type { Repos } from '../repositories'
import type { NamedConsultationRow } from './repository'
import { notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { checkAid } from './aid'
import { assess } from './assess'
import {
  consultationOf,
  summaryOf,
  toConsultation,
  toLawyer,
  type Viewer,
} from './consultation-view'
import { KNOWLEDGE } from './knowledge'
import { searchKnowledge } from './knowledge-search'
import { keptAnswer } from '../../http/kept-answer'
import { boundedMemo } from '../bounded-memo'
import { TOPICS, toWireTopic } from './topics'
import type { HandlerDeps } from '../deps'
import { legalReplyMessage } from '../messages/builders'
import type { KnowledgeResult } from '../../../src/services/contract'

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

/**
 * The asker sees their own threads, the assigned lawyer theirs while holding the lawyer role;
 * anyone else gets the same 404 as for a thread that does not exist.
 */
async function access(
  repos: Repos,
  id: string,
  userId: string,
  forUpdate = false,
): Promise<{ row: NamedConsultationRow; viewer: Viewer }> {
  const row = forUpdate
    ? (await repos.legal.findForUpdate(id)) && (await repos.legal.findNamed(id))
    : await repos.legal.findNamed(id)
  if (row?.user_id === userId) return { row, viewer: 'user' }
  // lawyers.user_id is unique: the thread's lawyer profile is this account's own.
  if (row && row.lawyer_user_id === userId && (await repos.roles.holds(userId, 'lawyer')))
    return { row, viewer: 'lawyer' }
  throw notFound('没有找到这条咨询，请回到“我的咨询”刷新后重试')
}

/**
 * 法律知识库 answers by topic and question: the entries never change while the server runs, and
 * most askers open the same lists, so an answer is worked out and encoded once.
 */
const knowledgeAnswers = boundedMemo<KnowledgeResult>(200)

export function legalHandlers({ repos, notify }: HandlerDeps): Pick<Handlers, LegalKeys> {
  const listOf = (rows: NamedConsultationRow[], viewer: Viewer) => {
    const items = rows.map((r) => summaryOf(r, viewer))
    return { items, unreadCount: items.filter((i) => i.unread).length }
  }
  return {
    'GET /api/v1/legal/topics': () => ({ items: TOPICS.map(toWireTopic) }),
    'POST /api/v1/legal/assessments': ({ body }, ctx) => assess(body, ctx.now),
    'GET /api/v1/legal/knowledge': ({ query }) =>
      knowledgeAnswers(`${query.topic ?? ''}\u0000${query.q ?? ''}`, () => {
        const items = searchKnowledge(KNOWLEDGE, query.q, query.topic)
        return keptAnswer({ items, total: items.length })
      }),
    'GET /api/v1/legal/lawyers': async () => ({
      items: (await repos.legal.lawyers()).map(toLawyer),
    }),
    'POST /api/v1/legal/consultations': async ({ body }, ctx) => {
      const userId = ctx.session.userId
      const row = await openConsultation(repos.legal, userId, body, ctx.now)
      return toConsultation(repos, row, 'user')
    },
    'GET /api/v1/legal/consultations': async (_input, ctx) =>
      listOf(await repos.legal.namedOfUser(ctx.session.userId), 'user'),
    'GET /api/v1/legal/consultations/:id': async ({ params }, ctx) => {
      const { row, viewer } = await access(repos, params.id, ctx.session.userId)
      // Opening a thread reads it; one already read is shown as it was read just now.
      if ((viewer === 'user' ? row.user_unread : row.lawyer_unread) === 0)
        return consultationOf(row, viewer, await repos.legal.messages(row.id))
      await repos.legal.markRead(row.id, viewer)
      return toConsultation(repos, row, viewer)
    },
    'POST /api/v1/legal/consultations/:id/messages': async ({ params, body }, ctx) => {
      const result = await repos.legal.transaction(async () => {
        const { row, viewer } = await access(repos, params.id, ctx.session.userId, true)
        const replyId = randomUUID()
        await repos.legal.addMessage({
          id: replyId,
          consultation_id: row.id,
          author: viewer,
          body: body.body,
          created_at: ctx.now.toISOString(),
        })
        // Writing means the writer has read everything before it.
        await repos.legal.markRead(row.id, viewer)
        return { row: (await repos.legal.find(row.id)) ?? row, viewer, replyId }
      })
      if (result.viewer === 'lawyer')
        await notify(ctx, legalReplyMessage(result.row, result.replyId))
      return toConsultation(repos, result.row, result.viewer)
    },
    'GET /api/v1/legal/lawyer/consultations': async (_input, ctx) => {
      await requireRole(repos, ctx.session.userId, 'lawyer')
      return listOf(await repos.legal.namedOfLawyerUser(ctx.session.userId), 'lawyer')
    },
    'POST /api/v1/legal/aid-checks': ({ body }) => checkAid(body),
  }
}
