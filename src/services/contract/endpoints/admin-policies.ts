import * as z from 'zod/mini'
import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  DryRun,
  PolicyEditor,
  PolicyInput,
  PolicyListQuery,
  PolicyRestore,
  PolicyRowList,
  PolicyWithdraw,
  RuleFactList,
} from '../schemas/admin-policies'

/** 管理后台 › 惠企政策: drafts, dry runs against 示例 enterprises, publishing and history. */
export const adminPolicyEndpoints = {
  'GET /api/v1/admin/policies': {
    summary: '管理后台：政策列表（按层级、状态筛选）',
    auth: true,
    query: PolicyListQuery,
    response: PolicyRowList,
  },
  'GET /api/v1/admin/policies/facts': {
    summary: '管理后台：政策条件可用的企业信息、运算符与取值',
    auth: true,
    response: RuleFactList,
  },
  'POST /api/v1/admin/policies': {
    summary: '管理后台：新建政策（先存为草稿，发布后生效）',
    auth: true,
    creates: true,
    body: PolicyInput,
    response: PolicyEditor,
  },
  'GET /api/v1/admin/policies/:id': {
    summary: '管理后台：一条政策的已发布版本、草稿与历史版本',
    auth: true,
    params: IdParams,
    response: PolicyEditor,
  },
  'PUT /api/v1/admin/policies/:id/draft': {
    summary: '管理后台：保存政策草稿（校验后保存，不影响已发布版本）',
    auth: true,
    params: IdParams,
    body: PolicyInput,
    response: PolicyEditor,
  },
  'POST /api/v1/admin/policies/:id/dry-run': {
    summary: '管理后台：试算：修改前后哪些示例企业符合（新增、减少）',
    auth: true,
    params: IdParams,
    body: PolicyInput,
    response: DryRun,
  },
  'POST /api/v1/admin/policies/:id/publish': {
    summary: '管理后台：发布草稿（立即对小程序生效，保留上一版本）',
    auth: true,
    params: IdParams,
    body: z.object({}),
    response: PolicyEditor,
  },
  'POST /api/v1/admin/policies/:id/discard-draft': {
    summary: '管理后台：放弃草稿',
    auth: true,
    params: IdParams,
    body: z.object({}),
    response: PolicyEditor,
  },
  'POST /api/v1/admin/policies/:id/withdraw': {
    summary: '管理后台：撤回政策（小程序立即不再展示）',
    auth: true,
    params: IdParams,
    body: PolicyWithdraw,
    response: PolicyEditor,
  },
  'POST /api/v1/admin/policies/:id/restore': {
    summary: '管理后台：恢复一个历史版本并发布',
    auth: true,
    params: IdParams,
    body: PolicyRestore,
    response: PolicyEditor,
  },
} as const satisfies Record<string, EndpointDef>
