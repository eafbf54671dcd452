import { requireRole } from '../../auth/roles'
import type { Handlers } from '../../http/types'
import { grantRole, revokeRole } from './grant'
import { toAuditEntry, toRoleGrant, toRoleGrants } from './view'
import type { HandlerDeps } from '../deps'

type AdminKeys =
  | 'GET /api/v1/admin/roles'
  | 'POST /api/v1/admin/roles'
  | 'POST /api/v1/admin/roles/:id/revoke'
  | 'GET /api/v1/admin/roles/audit'

export function adminHandlers({ repos }: HandlerDeps): Pick<Handlers, AdminKeys> {
  const asAdmin = async (userId: string) => {
    await requireRole(repos, userId, 'admin')
    return userId
  }
  return {
    'GET /api/v1/admin/roles': async ({ query }, ctx) => {
      await asAdmin(ctx.session.userId)
      const rows = await repos.roles.list(query.userId ?? null, query.status === 'all')
      return { items: await toRoleGrants(repos, rows) }
    },
    'POST /api/v1/admin/roles': async ({ body }, ctx) =>
      toRoleGrant(repos, await grantRole(repos, await asAdmin(ctx.session.userId), body, ctx.now)),
    'POST /api/v1/admin/roles/:id/revoke': async ({ params }, ctx) =>
      toRoleGrant(
        repos,
        await revokeRole(repos, await asAdmin(ctx.session.userId), params.id, ctx.now),
      ),
    'GET /api/v1/admin/roles/audit': async ({ query }, ctx) => {
      await asAdmin(ctx.session.userId)
      const rows = await repos.roles.audit(query.userId ?? null)
      return { items: await Promise.all(rows.map((r) => toAuditEntry(repos, r))) }
    },
  }
}
