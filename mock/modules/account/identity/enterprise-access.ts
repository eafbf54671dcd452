import {
  AGENT_SCOPE_NAMES,
  type AgentScope,
  type AccountErrorCode,
} from '../../../../src/services/contract'
import type { Repos } from '../../repositories'
import type { EnterpriseRow } from '../enterprises-repository'
import { ApiError } from '../../../http/errors'
import type { AgentAction } from './agent-repository'

const ENTERPRISE_REQUIRED: Record<AgentScope, [AccountErrorCode, string]> = {
  finance: [
    'ENTERPRISE_REQUIRED',
    '贷款需以企业（法人）身份申请：请先在“实名与企业”添加企业并切换为法人身份',
  ],
  policy: [
    'ENTERPRISE_IDENTITY_REQUIRED',
    '政策匹配面向企业：请先在“实名与企业”中添加企业并切换为法人身份',
  ],
}

export async function scopesOf(repos: Repos, row: EnterpriseRow): Promise<AgentScope[]> {
  if (row.basis !== 'agent' || row.agent_grant_id === null) return ['finance', 'policy']
  const grant = await repos.agents.find(row.agent_grant_id)
  return grant ? (JSON.parse(grant.scopes_json) as AgentScope[]) : []
}

/**
 * The enterprise the user acts for, if their binding is live and covers `scope`: the
 * 法定代表人, or a 经办人 whose grant names it. Anything else may not act in the firm's name.
 */
export async function actingEnterprise(
  repos: Repos,
  userId: string,
  scope: AgentScope,
  now: Date,
): Promise<EnterpriseRow> {
  const user = await repos.users.findById(userId)
  const id = user?.active_enterprise_id ?? null
  const row = id === null ? undefined : await repos.enterprises.findOfUser(id, userId, now)
  if (!row) throw new ApiError(409, ...ENTERPRISE_REQUIRED[scope])
  if (!(await scopesOf(repos, row)).includes(scope)) {
    throw new ApiError(
      403,
      'AGENT_SCOPE_MISSING',
      `您的经办人授权不包含“${AGENT_SCOPE_NAMES[scope]}”，请联系法定代表人调整授权`,
    )
  }
  return row
}

/** A 经办人's act in the firm's name goes into the grant's audit trail, seen by the 法定代表人. */
export async function recordAgentUse(
  repos: Repos,
  row: EnterpriseRow,
  userId: string,
  action: AgentAction,
  now: Date,
): Promise<void> {
  if (row.basis === 'agent' && row.agent_grant_id !== null) {
    await repos.agents.audit(row.agent_grant_id, userId, action, now.toISOString())
  }
}
