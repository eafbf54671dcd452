import type { EndpointDef } from './define'
import { LoginRequest, LoginResponse } from '../schemas/auth'
import { IdParams, Ok } from '../schemas/common'
import {
  AgentClaimRequest,
  AgentGrant,
  AgentGrantList,
  AgentGrantParams,
  AgentGrantRequest,
  Outbox,
  Verification,
  VerificationConfirm,
  VerificationRequest,
} from '../schemas/identity'
import { ConsentRecord, ConsentRequest } from '../schemas/privacy'
import { ActiveIdentityRequest, EnterpriseRequest, Profile } from '../schemas/profile'

/** The endpoints of sign-in, 实名核验, profile, enterprises and their 经办人, privacy consent. */
export const accountEndpoints = {
  'POST /api/v1/auth/wechat-login': {
    summary: '微信登录（code 换会话）',
    auth: false,
    body: LoginRequest,
    response: LoginResponse,
  },
  'POST /api/v1/auth/logout': { summary: '退出登录', auth: true, response: Ok },
  'GET /api/v1/me': { summary: '当前用户', auth: true, response: Profile },
  'POST /api/v1/me/identity/verifications': {
    summary: '实名核验：提交姓名和身份证号，向人口库登记的手机发送验证码（或进行微信人脸核身）',
    auth: true,
    body: VerificationRequest,
    response: Verification,
  },
  'POST /api/v1/me/identity/verifications/:id/confirm': {
    summary: '实名核验：提交验证码或人脸核身结果，通过后保存实名',
    auth: true,
    params: IdParams,
    body: VerificationConfirm,
    response: Profile,
  },
  'GET /api/v1/dev/outbox': {
    summary: '开发环境：发给本人核验手机的短信（生产环境不存在）',
    auth: true,
    response: Outbox,
  },
  'POST /api/v1/me/enterprises': {
    summary: '绑定企业（法人身份）',
    auth: true,
    creates: true,
    body: EnterpriseRequest,
    response: Profile,
  },
  'GET /api/v1/me/enterprises/:id/agents': {
    summary: '法定代表人：本企业的经办人授权',
    auth: true,
    params: IdParams,
    response: AgentGrantList,
  },
  'POST /api/v1/me/enterprises/:id/agents': {
    summary: '法定代表人：授权经办人（限定事项和期限，可随时撤销）',
    auth: true,
    creates: true,
    params: IdParams,
    body: AgentGrantRequest,
    response: AgentGrant,
  },
  'POST /api/v1/me/enterprises/:id/agents/:grantId/revoke': {
    summary: '法定代表人：撤销经办人授权（立即生效）',
    auth: true,
    params: AgentGrantParams,
    response: AgentGrant,
  },
  'POST /api/v1/me/enterprise-agent-claims': {
    summary: '经办人：输入授权码，绑定企业',
    auth: true,
    body: AgentClaimRequest,
    response: Profile,
  },
  'PUT /api/v1/me/active-identity': {
    summary: '切换个人/法人身份',
    auth: true,
    body: ActiveIdentityRequest,
    response: Profile,
  },
  'POST /api/v1/privacy/consents': {
    summary: '记录隐私政策同意',
    auth: true,
    creates: true,
    body: ConsentRequest,
    response: ConsentRecord,
  },
} as const satisfies Record<string, EndpointDef>
