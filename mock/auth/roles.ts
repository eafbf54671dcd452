import type { StaffRoleKind } from '../../src/services/contract'
import type { Repos } from '../modules/repositories'
import { ApiError } from '../http/errors'

/** What someone without the role is told: which account the page needs. */
const NEEDS: Record<StaffRoleKind, string> = {
  window: '仅限窗口工作人员使用，请使用工作人员账号登录',
  helper: '仅限帮办员使用，请使用帮办员账号登录',
  lawyer: '仅限入驻律师使用，请使用律师账号登录',
  bank: '仅限合作银行工作人员使用，请使用银行账号登录',
  lab: '仅限检测机构工作人员使用，请使用机构账号登录',
  admin: '仅限管理员使用，请使用管理员账号登录',
}

export const forbidden = (message: string) => new ApiError(403, 'FORBIDDEN', message)

/**
 * Throws 403 unless the user holds a live grant of `kind` — at `scope.id` when a scope is given
 * (`scope.outOfScope` then says what to do instead). Read on every request, so a revocation is
 * immediate.
 */
export async function requireRole(
  repos: Pick<Repos, 'roles'>,
  userId: string,
  kind: StaffRoleKind,
  scope?: { id: string; outOfScope: string },
): Promise<void> {
  if (!(await repos.roles.holds(userId, kind))) throw forbidden(NEEDS[kind])
  if (scope && !(await repos.roles.holds(userId, kind, scope.id))) {
    throw forbidden(scope.outOfScope)
  }
}

/** The points, banks or labs where the user holds `kind`; 403 when none. */
export async function requireScopes(
  repos: Pick<Repos, 'roles'>,
  userId: string,
  kind: StaffRoleKind,
): Promise<string[]> {
  const scopes = await repos.roles.scopesOf(userId, kind)
  if (scopes.length === 0) throw forbidden(NEEDS[kind])
  return scopes
}
