import type {
  AgentGrantRequest,
  EnterpriseRequest,
  Profile,
  VerificationRequest,
} from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'
import { useSession } from '../../stores/session'

const call = lazyCallerFor(endpointsOf.account)

const keep = (profile: Profile) => {
  useSession.getState().setProfile(profile)
  return profile
}

export function startVerification(body: VerificationRequest) {
  return call('POST /api/v1/me/identity/verifications', { body })
}

export function confirmVerification(id: string, code?: string) {
  return call('POST /api/v1/me/identity/verifications/:id/confirm', {
    params: { id },
    body: code === undefined ? {} : { code },
  }).then(keep)
}

export const agentGrants = (enterpriseId: string) =>
  call('GET /api/v1/me/enterprises/:id/agents', { params: { id: enterpriseId } })

export function grantAgent(enterpriseId: string, body: AgentGrantRequest, idempotencyKey: string) {
  return call(
    'POST /api/v1/me/enterprises/:id/agents',
    { params: { id: enterpriseId }, body },
    { idempotencyKey },
  )
}

export function revokeAgent(enterpriseId: string, grantId: string) {
  return call('POST /api/v1/me/enterprises/:id/agents/:grantId/revoke', {
    params: { id: enterpriseId, grantId },
  })
}

export function claimAgentCode(code: string) {
  return call('POST /api/v1/me/enterprise-agent-claims', { body: { code } }).then(keep)
}

export function addEnterprise(body: EnterpriseRequest, idempotencyKey: string) {
  return call('POST /api/v1/me/enterprises', { body }, { idempotencyKey }).then(keep)
}

export function switchIdentity(enterpriseId: string | null) {
  return call('PUT /api/v1/me/active-identity', { body: { enterpriseId } }).then(keep)
}

export function refreshProfile() {
  return call('GET /api/v1/me').then(keep)
}
