import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  AidCheckRequest,
  AidCheckResult,
  Assessment,
  AssessmentRequest,
  Consultation,
  ConsultationList,
  ConsultationRequest,
  KnowledgeQuery,
  KnowledgeResult,
  LawyerList,
  LegalTopicList,
  MessageRequest,
} from '../schemas/legal'

/** The endpoints of 法律咨询. */
export const legalEndpoints = {
  'GET /api/v1/legal/topics': {
    summary: '法律咨询：问题类型与引导问题',
    auth: true,
    response: LegalTopicList,
  },
  'POST /api/v1/legal/assessments': {
    summary: '法律咨询：按回答生成案情摘要、证据清单与诉讼/仲裁时效（不保存）',
    auth: true,
    body: AssessmentRequest,
    response: Assessment,
  },
  'GET /api/v1/legal/knowledge': {
    summary: '法律知识库问答（可搜索）',
    auth: true,
    query: KnowledgeQuery,
    response: KnowledgeResult,
  },
  'GET /api/v1/legal/lawyers': { summary: '公益律师', auth: true, response: LawyerList },
  'POST /api/v1/legal/consultations': {
    summary: '向律师提问（新建咨询）',
    auth: true,
    creates: true,
    body: ConsultationRequest,
    response: Consultation,
  },
  'GET /api/v1/legal/consultations': {
    summary: '我的法律咨询',
    auth: true,
    response: ConsultationList,
  },
  'GET /api/v1/legal/consultations/:id': {
    summary: '咨询详情（提问人或受理律师可看；打开即已读）',
    auth: true,
    params: IdParams,
    response: Consultation,
  },
  'POST /api/v1/legal/consultations/:id/messages': {
    summary: '在咨询中追问或答复',
    auth: true,
    creates: true,
    params: IdParams,
    body: MessageRequest,
    response: Consultation,
  },
  'GET /api/v1/legal/lawyer/consultations': {
    summary: '律师工作台：分配给我的咨询',
    auth: true,
    response: ConsultationList,
  },
  'POST /api/v1/legal/aid-checks': {
    summary: '法律援助条件预审（不保存）',
    auth: true,
    body: AidCheckRequest,
    response: AidCheckResult,
  },
} as const satisfies Record<string, EndpointDef>
