import { maskCode18, maskName, maskPhone, type Profile } from '../../../src/services/contract'
import { rolesOf } from '../../auth/role-scopes'
import type { Repos } from '../repositories'
import { unauthorized } from '../../http/errors'
import { scopesOf } from './identity/enterprise-access'

const nameOrNull = (name: string | null) => (name === null ? null : maskName(name))

/** The profile as the client may see it: ID number, name and USCC masked. */
export async function profileOf(repos: Repos, userId: string, now: Date): Promise<Profile> {
  const [user, enterprises, roles] = await Promise.all([
    repos.users.profileRow(userId),
    repos.enterprises.listByUser(userId, now),
    rolesOf(repos, userId),
  ])
  if (!user) throw unauthorized()
  const proven =
    user.real_name !== null &&
    user.id_number !== null &&
    user.identity_method !== null &&
    user.identity_verified_at !== null
  return {
    id: user.id,
    nickname: user.nickname,
    roles,
    realName: proven
      ? {
          nameMasked: maskName(user.real_name ?? ''),
          idNumberMasked: maskCode18(user.id_number ?? ''),
          method: user.identity_method ?? 'sms',
          verifiedAt: user.identity_verified_at ?? '',
        }
      : null,
    // When another account took this account's identity, if that is the latest event.
    realNameMovedAt: user.last_event_kind === 'moved_away' ? user.last_event_at : null,
    enterprises: await Promise.all(
      enterprises.map(async (e) => ({
        id: e.id,
        name: e.name,
        usccMasked: maskCode18(e.uscc),
        basis: e.basis === 'agent' ? ('agent' as const) : ('legal_rep' as const),
        scopes: await scopesOf(repos, e),
        validUntil: e.valid_until,
      })),
    ),
    activeEnterpriseId: enterprises.some((e) => e.id === user.active_enterprise_id)
      ? user.active_enterprise_id
      : null,
    contact: {
      nameMasked: nameOrNull(user.contact_name ?? user.real_name),
      phoneMasked: user.contact_phone === null ? null : maskPhone(user.contact_phone),
    },
  }
}
