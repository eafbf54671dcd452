import { maskCode18, maskName, maskPhone, type Profile } from '../../src/services/contract'
import { rolesOf } from '../auth/role-scopes'
import type { Repos } from '../db/repos'
import { unauthorized } from '../http/errors'

const nameOrNull = (name: string | null) => (name === null ? null : maskName(name))

/** The profile as the client may see it: ID number, name and USCC masked. */
export function profileOf(repos: Repos, userId: string): Profile {
  const user = repos.users.findById(userId)
  if (!user) throw unauthorized()
  const realName =
    user.real_name !== null && user.id_number !== null
      ? { nameMasked: maskName(user.real_name), idNumberMasked: maskCode18(user.id_number) }
      : null
  return {
    id: user.id,
    nickname: user.nickname,
    roles: rolesOf(repos, userId),
    realName,
    enterprises: repos.enterprises.listByUser(userId).map((e) => ({
      id: e.id,
      name: e.name,
      usccMasked: maskCode18(e.uscc),
    })),
    activeEnterpriseId: user.active_enterprise_id,
    contact: {
      nameMasked: nameOrNull(user.contact_name ?? user.real_name),
      phoneMasked: user.contact_phone === null ? null : maskPhone(user.contact_phone),
    },
  }
}
