import type { Handlers } from '../../http/types'
import { grantRole, revokeRole } from './grant'
import { toAuditEntries, toRoleGrant, toRoleGrants } from './view'
import type { HandlerDeps } from '../deps'

type AdminKeys =
  | 'GET /api/v1/admin/roles'
  | 'POST /api/v1/admin/roles'
  | 'POST /api/v1/admin/roles/:id/revoke'
  | 'GET /api/v1/admin/roles/audit'

export function adminHandlers({ repos }: HandlerDeps): Pick<Handlers, AdminKeys> {
  // No check of their own: `consoleGuard` (mock/modules/admin/guard.ts) has
  // refused every non-administrator before any /api/v1/admin/ handler runs.
  return {
    'GET /api/v1/admin/roles': async ({ query }) => {
      const rows = await repos.roles.list(query.userId ?? null, query.status === 'all')
      return { items: await toRoleGrants(repos, rows) }
    },
    'POST /api/v1/admin/roles': async ({ body }, ctx) =>
      toRoleGrant(repos, await grantRole(repos, ctx.session.userId, body, ctx.now)),
    'POST /api/v1/admin/roles/:id/revoke': async ({ params }, ctx) =>
      toRoleGrant(repos, await revokeRole(repos, ctx.session.userId, params.id, ctx.now)),
    'GET /api/v1/admin/roles/audit': async ({ query }) => {
      const rows = await repos.roles.audit(query.userId ?? null)
      return { items: await toAuditEntries(repos, rows) }
    },
  }
}
