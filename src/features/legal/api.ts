import type {
  AidCheckRequest,
  AssessmentRequest,
  ConsultationRequest,
  LegalTopicId,
} from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.legal)

export const listTopics = () => call('GET /api/v1/legal/topics').then((r) => r.items)

export const assessCase = (body: AssessmentRequest) =>
  call('POST /api/v1/legal/assessments', { body })

export const searchKnowledge = (q: string, topic?: LegalTopicId) =>
  call('GET /api/v1/legal/knowledge', { query: { q: q === '' ? undefined : q, topic } })

export const listLawyers = () => call('GET /api/v1/legal/lawyers').then((r) => r.items)

export const askLawyer = (body: ConsultationRequest, idempotencyKey: string) =>
  call('POST /api/v1/legal/consultations', { body }, { idempotencyKey })

export const myConsultations = () => call('GET /api/v1/legal/consultations')

export const lawyerDesk = () => call('GET /api/v1/legal/lawyer/consultations')

export const getConsultation = (id: string) =>
  call('GET /api/v1/legal/consultations/:id', { params: { id } })

export const sendMessage = (id: string, body: string, idempotencyKey: string) =>
  call(
    'POST /api/v1/legal/consultations/:id/messages',
    { params: { id }, body: { body } },
    { idempotencyKey },
  )

export const checkAid = (body: AidCheckRequest) => call('POST /api/v1/legal/aid-checks', { body })
