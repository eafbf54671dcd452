import type { ConsoleAuditPage, RoleScopes, StaffMember } from '../../../src/services/contract'
import { forbidden } from '../../auth/roles'
import { devCode2Session } from '../../auth/code2session'
import { ApiError, notFound } from '../../http/errors'
import { keptAnswer } from '../../http/kept-answer'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'
import { BANKS } from '../finance/products'
import { createInvite, claimInvite, revokeInvite, toInvite } from './invites'
import { clearedCookie } from './cookie'
import { peopleOf } from './people'
import { decideSignIn, pollSignIn, scanSignIn, startSignIn } from './sign-in'
import { devSignIn } from './dev-sign-in'
import { consoleCache } from './console-version'
import {
  auditFilter,
  staffList,
  toAuditEntries,
  toConsoleSession,
  toConsoleSessions,
} from './views'

type ConsoleKeys =
  | 'POST /api/v1/admin/sign-in/requests'
  | 'POST /api/v1/admin/sign-in/requests/:id/poll'
  | 'GET /api/v1/admin/sign-in/options'
  | 'POST /api/v1/admin/sign-in/dev'
  | 'POST /api/v1/admin/sign-in/scan'
  | 'POST /api/v1/admin/sign-in/confirm'
  | 'POST /api/v1/admin/sign-in/refuse'
  | 'GET /api/v1/admin/me'
  | 'POST /api/v1/admin/sign-out'
  | 'GET /api/v1/admin/sessions'
  | 'POST /api/v1/admin/sessions/:id/revoke'
  | 'GET /api/v1/admin/audit'
  | 'GET /api/v1/admin/staff'
  | 'GET /api/v1/admin/role-scopes'
  | 'GET /api/v1/admin/invites'
  | 'POST /api/v1/admin/invites'
  | 'POST /api/v1/admin/invites/:id/revoke'
  | 'POST /api/v1/staff/invites/claim'

/** The 管理后台: QR sign-in, console sessions, the audit log, the staff list and invites. */
export function consoleHandlers({
  repos,
  sql,
  qrKey,
  code2Session,
}: HandlerDeps): Pick<Handlers, ConsoleKeys> {
  const devEnabled = code2Session === devCode2Session
  // The audit log, the staff list and the role scopes are kept per console version (migration 41).
  const auditPages = consoleCache<ConsoleAuditPage>(sql, 50)
  const staff = consoleCache<StaffMember[]>(sql, 1)
  const roleScopes = consoleCache<RoleScopes>(sql, 1)
  // No handler checks the role again: `consoleGuard` (./guard.ts) has refused every
  // non-administrator before any /api/v1/admin/ handler runs.
  return {
    'POST /api/v1/admin/sign-in/requests': (_input, ctx) =>
      startSignIn(repos, qrKey, { userAgent: ctx.userAgent, ip: ctx.ip }, ctx.now),
    'POST /api/v1/admin/sign-in/requests/:id/poll': ({ params, body }, ctx) =>
      pollSignIn(
        repos,
        params.id,
        body.pollToken,
        { userAgent: ctx.userAgent, ip: ctx.ip },
        ctx.now,
        ctx.setCookie,
      ),
    'GET /api/v1/admin/sign-in/options': () => ({ devSignIn: devEnabled }),
    'POST /api/v1/admin/sign-in/dev': async ({ body }, ctx) => {
      if (!devEnabled) throw forbidden('开发登录已关闭，请用小程序扫码登录')
      return devSignIn(repos, code2Session, body.handle, ctx)
    },
    'POST /api/v1/admin/sign-in/scan': async ({ body }, ctx) => {
      return scanSignIn(repos, qrKey, body.code, ctx.now)
    },
    'POST /api/v1/admin/sign-in/confirm': async ({ body }, ctx) =>
      decideSignIn(repos, qrKey, body.code, ctx.session.userId, 'confirmed', ctx.now),
    'POST /api/v1/admin/sign-in/refuse': async ({ body }, ctx) =>
      decideSignIn(repos, qrKey, body.code, ctx.session.userId, 'refused', ctx.now),
    'GET /api/v1/admin/me': async (_input, ctx) => {
      const { userId, consoleSessionId: id } = ctx.session
      const row = id === undefined ? undefined : await repos.admin.session(id)
      const person = await peopleOf(repos, [userId])
      return {
        user: person(userId) ?? { id: userId, nickname: '' },
        session: row ? toConsoleSession(row, id, person) : null,
      }
    },
    'POST /api/v1/admin/sign-out': async (_input, ctx) => {
      const userId = ctx.session.userId
      const id = ctx.session.consoleSessionId
      if (id !== undefined) {
        const at = ctx.now.toISOString()
        await repos.admin.transaction(async () => {
          if (!(await repos.admin.endSession(id, userId, at))) return
          await repos.audit.record({
            actorId: userId,
            action: 'console.sign_out',
            target: { kind: 'console_session', id },
            summary: '退出管理后台',
            before: { ended: false },
            after: { ended: true },
            at,
          })
        })
      }
      ctx.setCookie(clearedCookie())
      return { signedOut: true as const }
    },
    'GET /api/v1/admin/sessions': async (_input, ctx) => {
      const rows = await repos.admin.liveSessions(ctx.now.toISOString())
      return { items: toConsoleSessions(rows, ctx.session.consoleSessionId) }
    },
    'POST /api/v1/admin/sessions/:id/revoke': async ({ params }, ctx) => {
      const adminId = ctx.session.userId
      const at = ctx.now.toISOString()
      const row = await repos.admin.transaction(async () => {
        const before = await repos.admin.session(params.id)
        if (!before) throw notFound('没有找到该登录会话，请刷新列表后重试')
        if (!(await repos.admin.endSession(before.id, adminId, at))) {
          throw new ApiError(409, 'CONSOLE_SESSION_ENDED', '该会话已经结束，无需再次下线')
        }
        await repos.audit.record({
          actorId: adminId,
          action: 'console.session_revoked',
          target: { kind: 'console_session', id: before.id },
          summary: '强制下线管理后台会话',
          before: { userId: before.user_id, ended: false },
          after: { userId: before.user_id, ended: true },
          at,
        })
        return { ...before, ended_at: at, ended_by: adminId }
      })
      return toConsoleSession(
        row,
        ctx.session.consoleSessionId,
        await peopleOf(repos, [row.user_id]),
      )
    },
    'GET /api/v1/admin/audit': ({ query }) => {
      const page = query.page ?? 1
      const pageSize = query.pageSize ?? 20
      const filter = auditFilter(query)
      return auditPages(JSON.stringify([filter, page, pageSize]), async () => {
        const { rows, total } = await repos.audit.page(filter, (page - 1) * pageSize, pageSize)
        return keptAnswer({ items: await toAuditEntries(repos, rows), total, page, pageSize })
      })
    },
    'GET /api/v1/admin/staff': async () => ({ items: await staff('all', () => staffList(repos)) }),
    'GET /api/v1/admin/role-scopes': () =>
      roleScopes('all', async () => {
        const points = await repos.servicePoints.list({})
        return {
          window: points.map((p) => ({ id: p.id, name: p.name })),
          bank: Object.entries(BANKS).map(([id, name]) => ({ id, name })),
          lab: (await repos.labs.all()).map((l) => ({ id: l.id, name: l.name })),
        }
      }),
    'GET /api/v1/admin/invites': async (_input, ctx) => {
      const rows = await repos.admin.invites()
      return { items: await Promise.all(rows.map((r) => toInvite(repos, qrKey, r, ctx.now))) }
    },
    'POST /api/v1/admin/invites': async ({ body }, ctx) =>
      toInvite(repos, qrKey, await createInvite(repos, ctx.session.userId, body, ctx.now), ctx.now),
    'POST /api/v1/admin/invites/:id/revoke': async ({ params }, ctx) =>
      toInvite(
        repos,
        qrKey,
        await revokeInvite(repos, ctx.session.userId, params.id, ctx.now),
        ctx.now,
      ),
    'POST /api/v1/staff/invites/claim': ({ body }, ctx) =>
      claimInvite(repos, qrKey, body.code, ctx.session.userId, ctx.now),
  }
}
