import { useMemo } from 'react'
import type { Profile, StaffRole, StaffRoleKind } from '../services/contract'
import { useSession } from '../stores/session'

const NONE: readonly StaffRole[] = []

// A profile persisted by an older version has no `roles` until it is refreshed.
const rolesOf = (profile: Profile | null): readonly StaffRole[] =>
  Array.isArray(profile?.roles) ? profile.roles : NONE

/**
 * The staff roles of `kind` the signed-in user holds, each with its point, bank or lab. Only
 * decides which desks are offered: the server checks the role again on every request.
 */
export function useStaffRoles(kind: StaffRoleKind): readonly StaffRole[] {
  const roles = useSession((s) => rolesOf(s.profile))
  return useMemo(() => roles.filter((r) => r.kind === kind), [roles, kind])
}

export const useHoldsRole = (kind: StaffRoleKind): boolean => useStaffRoles(kind).length > 0
