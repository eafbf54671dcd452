import type { EnterpriseRequest, Profile, RealNameRequest } from '../../services/contract'
import { call } from '../../services/http'
import { useSession } from '../../stores/session'

const keep = (profile: Profile) => {
  useSession.getState().setProfile(profile)
  return profile
}

export function saveRealName(body: RealNameRequest) {
  return call('PUT /api/v1/me/real-name', { body }).then(keep)
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
