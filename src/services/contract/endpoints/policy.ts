import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  EnterpriseProfile,
  EnterpriseProfileForm,
  MatchList,
  PolicyCalendar,
  PolicyDetail,
  PolicySubscription,
  PreReview,
  PreReviewList,
  PreReviewRequest,
  SubscriptionRequest,
} from '../schemas/policy'

/** The endpoints of 惠企政策. */
export const policyEndpoints = {
  'GET /api/v1/policy/profile': {
    summary: '企业画像（当前法人身份）',
    auth: true,
    response: EnterpriseProfile,
  },
  'PUT /api/v1/policy/profile': {
    summary: '保存企业画像',
    auth: true,
    body: EnterpriseProfileForm,
    response: EnterpriseProfile,
  },
  'GET /api/v1/policy/matches': {
    summary: '政策匹配：每条政策的符合程度与最小改变建议',
    auth: true,
    response: MatchList,
  },
  'GET /api/v1/policy/matches/:id': {
    summary: '一条政策的逐条条件核对',
    auth: true,
    params: IdParams,
    response: PolicyDetail,
  },
  'POST /api/v1/policy/prereviews': {
    summary: '绿色通道在线预审（政策兑现 / 执照年检）',
    auth: true,
    creates: true,
    body: PreReviewRequest,
    response: PreReview,
  },
  'GET /api/v1/policy/prereviews': {
    summary: '我的预审记录',
    auth: true,
    response: PreReviewList,
  },
  'GET /api/v1/policy/calendar': {
    summary: '政策申报日历（与本企业相关的截止日期）',
    auth: true,
    response: PolicyCalendar,
  },
  'GET /api/v1/policy/subscription': {
    summary: '新政策订阅状态与新匹配的政策',
    auth: true,
    response: PolicySubscription,
  },
  'PUT /api/v1/policy/subscription': {
    summary: '订阅 / 退订新匹配政策提醒',
    auth: true,
    body: SubscriptionRequest,
    response: PolicySubscription,
  },
} as const satisfies Record<string, EndpointDef>
