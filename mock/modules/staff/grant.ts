import { randomUUID } from 'node:crypto'
import type { RoleGrantRequest, StaffRoleKind } from '../../../src/services/contract'
import { scopeName } from '../../auth/role-scopes'
import type { Repos } from '../repositories'
import type { GrantRow } from './repository'
import { ApiError, notFound } from '../../http/errors'

const NO_SUCH_SCOPE: Partial<Record<StaffRoleKind, string>> = {
  window: '没有找到该服务网点，请核对网点编号',
  bank: '没有找到该合作银行，请核对银行编号',
  lab: '没有找到该检测机构，请核对机构编号',
}

const alreadyGranted = () =>
  new ApiError(409, 'ROLE_ALREADY_GRANTED', '该用户已有这个角色，无需重复授予')
const alreadyRevoked = () =>
  new ApiError(409, 'ROLE_ALREADY_REVOKED', '该角色已经撤销，无需重复操作')

/** Lawyers and 帮办员 are shown to residents by name: their profile comes first. */
async function checkProfile(
  repos: Repos,
  userId: string,
  kind: StaffRoleKind,
  lawyer: unknown,
): Promise<void> {
  const missing =
    (kind === 'lawyer' && !lawyer) || (kind === 'helper' && !(await repos.cases.helper(userId)))
  if (missing) {
    throw new ApiError(
      409,
      'PROFILE_MISSING',
      kind === 'lawyer'
        ? '该用户还没有律师档案，请同时填写律师姓名和执业机构'
        : '该用户还没有帮办员档案（姓名、窗口），请先建立档案再授予',
    )
  }
}

/**
 * Grants a role after checking the user, the scope and the profile; audited in one transaction.
 * Two grants of one role sent at once leave one: the unique index turns the other away.
 */
export async function grantRole(
  repos: Repos,
  adminId: string,
  request: RoleGrantRequest,
  now: Date,
): Promise<GrantRow> {
  const lawyer = await repos.legal.lawyerOfUser(request.userId)
  // The contract guarantees a scope exactly for the scoped kinds.
  const scopeId = request.scopeId ?? null
  const scopeKnown =
    scopeId === null || (await scopeName(repos, request.kind, scopeId)) !== undefined
  const userKnown = (await repos.users.findById(request.userId)) !== undefined
  return repos.roles.transaction(async () => {
    if (!userKnown) {
      throw notFound('没有找到该用户，请核对用户编号（在对方“我的”页面底部）')
    }
    if (!scopeKnown) {
      throw notFound(NO_SUCH_SCOPE[request.kind] ?? '没有找到该网点或机构，请核对编号')
    }
    if (request.kind === 'lawyer' && !lawyer && request.lawyer) {
      await repos.legal.addLawyer({ id: randomUUID(), user_id: request.userId, ...request.lawyer })
    }
    await checkProfile(repos, request.userId, request.kind, lawyer ?? request.lawyer)
    const granted = await repos.roles.grant({
      user_id: request.userId,
      kind: request.kind,
      scope_id: scopeId,
      granted_by: adminId,
      granted_at: now.toISOString(),
    })
    if (!granted) throw alreadyGranted()
    return granted
  })
}

/** Revokes at once: the staff member's next request is refused. */
export function revokeRole(
  repos: Pick<Repos, 'roles'>,
  adminId: string,
  grantId: string,
  now: Date,
): Promise<GrantRow> {
  return repos.roles.transaction(async () => {
    const row = await repos.roles.find(grantId)
    if (!row) throw notFound('没有找到该角色授予记录，请刷新列表后重试')
    if (row.revoked_at !== null) throw alreadyRevoked()
    if (row.kind === 'admin' && row.user_id === adminId) {
      throw new ApiError(
        409,
        'CANNOT_REVOKE_SELF',
        '不能撤销自己的管理员角色，请由另一位管理员操作',
      )
    }
    // Revoked only while live: of two revocations at once, the later is told it is done.
    const revoked = await repos.roles.revoke(row.id, adminId, now.toISOString())
    if (!revoked) throw alreadyRevoked()
    return revoked
  })
}
