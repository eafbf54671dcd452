import type { FastifyInstance } from 'fastify'
import type { Profile, RoleGrant, StaffRoleKind } from '../../src/services/contract'
import { call } from './appointment/support'
import { login } from './helpers'

export const userIdOf = async (app: FastifyInstance, token: string) =>
  (await call<Profile>(app, token, 'GET', '/api/v1/me')).data.id

/** Grants a role as the seeded dev administrator does, through the admin API. */
export async function grantRole(
  app: FastifyInstance,
  token: string,
  kind: StaffRoleKind,
  scopeId?: string,
): Promise<RoleGrant> {
  const admin = await login(app, 'dev:admin-1')
  const body = { userId: await userIdOf(app, token), kind, ...(scopeId && { scopeId }) }
  const res = await call<RoleGrant>(app, admin, 'POST', '/api/v1/admin/roles', body)
  if (res.status !== 201) throw new Error(`grant failed: ${JSON.stringify(res.error)}`)
  return res.data
}
