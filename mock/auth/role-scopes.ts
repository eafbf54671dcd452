import type { StaffRole, StaffRoleKind } from '../../src/services/contract'
import { isScopedRoleKind } from '../../src/services/contract'
import type { Repos } from '../modules/repositories'
import { BANKS } from '../modules/finance/products'

const isBank = (id: string): id is keyof typeof BANKS => Object.hasOwn(BANKS, id)

/** The name of the point, bank or lab a scoped role is for; undefined when there is none. */
export async function scopeName(
  repos: Repos,
  kind: StaffRoleKind,
  scopeId: string,
): Promise<string | undefined> {
  if (kind === 'window') return (await repos.servicePoints.findById(scopeId))?.name
  if (kind === 'bank') return isBank(scopeId) ? BANKS[scopeId] : undefined
  if (kind === 'lab') return (await repos.labs.find(scopeId))?.name
  return undefined
}

/** What the user may do now, for 我的 and the desks. */
export async function rolesOf(repos: Repos, userId: string): Promise<StaffRole[]> {
  return Promise.all(
    (await repos.roles.liveOfUser(userId)).map(async (g) => ({
      kind: g.kind,
      scopeId: g.scope_id,
      scopeName:
        g.scope_id !== null && isScopedRoleKind(g.kind)
          ? ((await scopeName(repos, g.kind, g.scope_id)) ?? null)
          : null,
    })),
  )
}
