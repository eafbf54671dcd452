import { requireRole } from '../../auth/roles'
import type { Handlers } from '../../http/types'
import { grantRole, revokeRole } from './grant'
import { toAuditEntry, toRoleGrant } from './view'
import type { HandlerDeps } from '../deps'

type AdminKeys =
  | 'GET /api/v1/admin/roles'
  | 'POST /api/v1/admin/roles'
  | 'POST /api/v1/admin/roles/:id/revoke'
  | 'GET /api/v1/admin/roles/audit'

export function adminHandlers({ repos }: HandlerDeps): Pick<Handlers, AdminKeys> {
  const asAdmin = (userId: string) => {
    requireRole(repos, userId, 'admin')
    return userId
  }
  return {
    'GET /api/v1/admin/roles': async ({ query }, ctx) => {
      asAdmin(ctx.session.userId)
      const rows = repos.roles.list(query.userId ?? null, query.status === 'all')
      return { items: await Promise.all(rows.map((r) => toRoleGrant(repos, r))) }
    },
    'POST /api/v1/admin/roles': async ({ body }, ctx) =>
      toRoleGrant(repos, await grantRole(repos, asAdmin(ctx.session.userId), body, ctx.now)),
    'POST /api/v1/admin/roles/:id/revoke': ({ params }, ctx) =>
      toRoleGrant(repos, revokeRole(repos, asAdmin(ctx.session.userId), params.id, ctx.now)),
    'GET /api/v1/admin/roles/audit': async ({ query }, ctx) => {
      asAdmin(ctx.session.userId)
      return {
        items: await Promise.all(
          repos.roles.audit(query.userId ?? null).map((r) => toAuditEntry(repos, r)),
        ),
      }
    },
  }
}
