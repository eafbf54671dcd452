import type { RoleAuditEntry, RoleGrant } from '../../../src/services/contract'
import type { Handlers } from '../../http/types'
import { consoleCache } from '../admin/console-version'
import { grantRole, revokeRole } from './grant'
import { toAuditEntries, toRoleGrant, toRoleGrants } from './view'
import type { HandlerDeps } from '../deps'

type AdminKeys =
  | 'GET /api/v1/admin/roles'
  | 'POST /api/v1/admin/roles'
  | 'POST /api/v1/admin/roles/:id/revoke'
  | 'GET /api/v1/admin/roles/audit'

export function adminHandlers({ repos, sql }: HandlerDeps): Pick<Handlers, AdminKeys> {
  // Kept per console version (migration 41): grants, the audit log and nicknames move it on.
  const grantLists = consoleCache<RoleGrant[]>(sql, 50)
  const auditLists = consoleCache<RoleAuditEntry[]>(sql, 50)
  // No check of their own: `consoleGuard` (mock/modules/admin/guard.ts) has
  // refused every non-administrator before any /api/v1/admin/ handler runs.
  return {
    'GET /api/v1/admin/roles': async ({ query }) => {
      const userId = query.userId ?? null
      const all = query.status === 'all'
      const items = await grantLists(JSON.stringify([userId, all]), async () =>
        toRoleGrants(repos, await repos.roles.list(userId, all)),
      )
      return { items }
    },
    'POST /api/v1/admin/roles': async ({ body }, ctx) =>
      toRoleGrant(repos, await grantRole(repos, ctx.session.userId, body, ctx.now)),
    'POST /api/v1/admin/roles/:id/revoke': async ({ params }, ctx) =>
      toRoleGrant(repos, await revokeRole(repos, ctx.session.userId, params.id, ctx.now)),
    'GET /api/v1/admin/roles/audit': async ({ query }) => {
      const userId = query.userId ?? null
      const items = await auditLists(JSON.stringify(userId), async () =>
        toAuditEntries(repos, await repos.roles.audit(userId)),
      )
      return { items }
    },
  }
}
