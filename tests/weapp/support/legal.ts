// 法律咨询 as the fake backend answers it: the reference server's own pure rules and data, plus
// an in-memory list of consultations with one answered thread to start from.
import type { Consultation, Lawyer, LegalTopicId } from '../../../src/services/contract'
import { LAWYER_SEED } from '../../../mock/modules/legal/seed'
import { checkAid } from '../../../mock/modules/legal/aid'
import { assess } from '../../../mock/modules/legal/assess'
import { KNOWLEDGE } from '../../../mock/modules/legal/knowledge'
import { searchKnowledge } from '../../../mock/modules/legal/knowledge-search'
import { TOPICS, toWireTopic } from '../../../mock/modules/legal/topics'
import { ApiError } from '../../../mock/http/errors'
import type { ApiRequest, Reply, RouteTable } from './server'

/** The fake server's clock for limitation periods. */
export const LEGAL_NOW = new Date('2026-03-02T01:00:00Z')

export const lawyers: Lawyer[] = LAWYER_SEED.map((l) => ({
  id: l.id,
  name: l.name,
  firm: l.firm,
  specialties: [...l.specialties],
  specialtyText: l.specialties.map((t) => TOPICS.find((x) => x.id === t)?.name ?? t).join('、'),
  years: l.years,
  intro: l.intro,
}))

export const answeredThread: Consultation = {
  id: 'thread-0001',
  topic: 'tenancy',
  topicName: '房屋租赁',
  title: '退租后房东一直不退押金怎么办',
  lawyerName: '刘雅琴律师',
  lawyerFirm: '青山区公共法律服务中心（值班律师）',
  askerName: '青山用户0001',
  status: 'answered',
  unread: true,
  createdAt: '2026-02-27T02:00:00.000Z',
  updatedAt: '2026-02-28T03:30:00.000Z',
  viewer: 'user',
  messages: [
    {
      id: 'm1',
      author: 'user',
      authorName: '青山用户0001',
      body: '退租后房东一直不退押金怎么办，已经过去一个月了。',
      createdAt: '2026-02-27T02:00:00.000Z',
    },
    {
      id: 'm2',
      author: 'lawyer',
      authorName: '刘雅琴律师',
      body: '请先书面催告房东，写明退还期限，并保留交钥匙的记录。',
      createdAt: '2026-02-28T03:30:00.000Z',
    },
  ],
}

const body = (req: ApiRequest) => (req.body ?? {}) as Record<string, unknown>
const summary = ({ messages: _m, viewer: _v, ...rest }: Consultation) => rest

function fromError(error: unknown): Reply<never> {
  if (error instanceof ApiError) return { status: error.statusCode, error: error.toBody().error }
  throw error
}

export function legalRoutes(): RouteTable {
  const threads: Consultation[] = [JSON.parse(JSON.stringify(answeredThread)) as Consultation]
  const find = (id: string | undefined) => threads.find((t) => t.id === id)
  const list = () => ({
    items: threads.map(summary),
    unreadCount: threads.filter((t) => t.unread).length,
  })
  return {
    'GET /api/v1/legal/topics': () => ({ status: 200, data: { items: TOPICS.map(toWireTopic) } }),
    'POST /api/v1/legal/assessments': (req) => {
      try {
        const { topic, answers } = body(req)
        const request = { topic: topic as LegalTopicId, answers: answers as Record<string, string> }
        return { status: 200, data: assess(request, LEGAL_NOW) }
      } catch (error) {
        return fromError(error)
      }
    },
    'GET /api/v1/legal/knowledge': (req) => {
      const topic = (req.query.get('topic') ?? undefined) as LegalTopicId | undefined
      const items = searchKnowledge(KNOWLEDGE, req.query.get('q') ?? undefined, topic)
      return { status: 200, data: { items, total: items.length } }
    },
    'GET /api/v1/legal/lawyers': () => ({ status: 200, data: { items: lawyers } }),
    'GET /api/v1/legal/consultations': () => ({ status: 200, data: list() }),
    'GET /api/v1/legal/lawyer/consultations': () => ({
      status: 403,
      error: { code: 'FORBIDDEN', message: '仅限入驻律师使用，请使用律师账号登录' },
    }),
    'GET /api/v1/legal/consultations/:id': (req) => {
      const thread = find(req.params.id)
      if (!thread) return { status: 404, error: { code: 'NOT_FOUND', message: '没有找到这条咨询' } }
      thread.unread = false
      return { status: 200, data: thread }
    },
    'POST /api/v1/legal/consultations': (req) => {
      const { lawyerId, topic, question } = body(req)
      const lawyer = lawyers.find((l) => l.id === lawyerId)
      if (!lawyer)
        return { status: 400, error: { code: 'VALIDATION_FAILED', message: '请选择律师' } }
      const created: Consultation = {
        ...answeredThread,
        id: `thread-000${threads.length + 1}`,
        topic: topic as LegalTopicId,
        topicName: TOPICS.find((t) => t.id === topic)?.name ?? '',
        title: String(question).slice(0, 24),
        lawyerName: `${lawyer.name}律师`,
        lawyerFirm: lawyer.firm,
        status: 'waiting',
        unread: false,
        messages: [{ ...answeredThread.messages[0]!, id: 'q', body: String(question) }],
      }
      threads.unshift(created)
      return { status: 200, data: created }
    },
    'POST /api/v1/legal/consultations/:id/messages': (req) => {
      const thread = find(req.params.id)
      if (!thread) return { status: 404, error: { code: 'NOT_FOUND', message: '没有找到这条咨询' } }
      thread.messages.push({
        id: `m${thread.messages.length + 1}`,
        author: 'user',
        authorName: thread.askerName,
        body: String(body(req).body),
        createdAt: LEGAL_NOW.toISOString(),
      })
      thread.status = 'waiting'
      return { status: 200, data: thread }
    },
    'POST /api/v1/legal/aid-checks': (req) => {
      const { matter, situation } = body(req)
      return {
        status: 200,
        data: checkAid({ matter, situation } as Parameters<typeof checkAid>[0]),
      }
    },
  }
}
