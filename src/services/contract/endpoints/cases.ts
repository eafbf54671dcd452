import type { EndpointDef } from './define'
import {
  CaseApplication,
  CaseDetail,
  CaseForm,
  CaseFormQuery,
  CaseList,
  CaseRequest,
  CorrectionRequest,
  FinishRequest,
  FollowUpRequest,
  RatingRequest,
  RefuseRequest,
  StaffCaseQuery,
} from '../schemas/cases'
import { IdParams } from '../schemas/common'
import {
  Complaint,
  ComplaintAnswerRequest,
  ComplaintList,
  ComplaintRequest,
} from '../schemas/complaints'
import { helperContactEndpoints } from './helper-contact'

/** The endpoints of 一键代办 cases, 好差评, 投诉 and the 帮办员 desk. */
export const casesEndpoints = {
  'GET /api/v1/cases/form': {
    summary: '一键代办：事项或“一件事”的合并申请表（字段与材料各问一次）',
    auth: true,
    query: CaseFormQuery,
    response: CaseForm,
  },
  'POST /api/v1/cases': {
    summary: '一键代办：提交办件（服务端复核材料体检，分派帮办员）',
    auth: true,
    creates: true,
    body: CaseRequest,
    response: CaseDetail,
  },
  'GET /api/v1/cases': { summary: '我的办件', auth: true, response: CaseList },
  ...helperContactEndpoints,
  'GET /api/v1/cases/:id': {
    summary: '办件详情：时间线、承诺时限、补正清单',
    auth: true,
    params: IdParams,
    response: CaseDetail,
  },
  'POST /api/v1/cases/:id/resubmit': {
    summary: '补正后重新提交：只发补正清单所列的字段与材料，其余沿用原提交',
    auth: true,
    creates: true,
    params: IdParams,
    body: CaseApplication,
    response: CaseDetail,
  },
  'POST /api/v1/cases/:id/rating': {
    summary: '好差评：办结或不予受理后评价一次（不满意须写明原因，帮办员3个工作日内回访）',
    auth: true,
    creates: true,
    params: IdParams,
    body: RatingRequest,
    response: CaseDetail,
  },
  'GET /api/v1/staff/cases': {
    summary: '帮办员：分派给我的办件',
    auth: true,
    query: StaffCaseQuery,
    response: CaseList,
  },
  'GET /api/v1/staff/cases/:id': {
    summary: '帮办员：办件详情',
    auth: true,
    params: IdParams,
    response: CaseDetail,
  },
  'POST /api/v1/staff/cases/:id/accept': {
    summary: '帮办员：受理（承诺时限开始计时）',
    auth: true,
    params: IdParams,
    response: CaseDetail,
  },
  'POST /api/v1/staff/cases/:id/correction': {
    summary: '帮办员：一次性告知补正',
    auth: true,
    params: IdParams,
    body: CorrectionRequest,
    response: CaseDetail,
  },
  'POST /api/v1/staff/cases/:id/finish': {
    summary: '帮办员：办结',
    auth: true,
    params: IdParams,
    body: FinishRequest,
    response: CaseDetail,
  },
  'POST /api/v1/staff/cases/:id/refuse': {
    summary: '帮办员：不予受理/不予办理',
    auth: true,
    params: IdParams,
    body: RefuseRequest,
    response: CaseDetail,
  },
  'POST /api/v1/staff/cases/:id/follow-up': {
    summary: '帮办员：差评回访整改',
    auth: true,
    params: IdParams,
    body: FollowUpRequest,
    response: CaseDetail,
  },
  'POST /api/v1/complaints': {
    summary: '投诉建议（可关联办件，5个工作日内答复）',
    auth: true,
    creates: true,
    body: ComplaintRequest,
    response: Complaint,
  },
  'GET /api/v1/complaints': { summary: '我的投诉建议', auth: true, response: ComplaintList },
  'GET /api/v1/staff/complaints': {
    summary: '帮办员：关于我办件的投诉建议（管理员：全部），未答复的在前',
    auth: true,
    response: ComplaintList,
  },
  'POST /api/v1/staff/complaints/:id/answer': {
    summary: '帮办员/管理员：答复投诉建议（只答复一次）',
    auth: true,
    params: IdParams,
    body: ComplaintAnswerRequest,
    response: Complaint,
  },
} as const satisfies Record<string, EndpointDef>
