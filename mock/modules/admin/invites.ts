import { randomInt, randomUUID } from 'node:crypto'
import { renderSVG } from 'uqr'
import {
  payloadOf,
  qrLink,
  type Invite,
  type InviteClaimed,
  type InviteRequest,
} from '../../../src/services/contract'
import { ApiError, notFound } from '../../http/errors'
import type { Repos } from '../repositories'
import { randomCodeId } from '../qr/code-id'
import { signPayload, verifyPayload } from '../qr/sign'
import { personOf } from './people'
import type { InviteRow } from './repository'

export const INVITE_TTL_MS = 72 * 3600_000

export type InviteStatus = Invite['status']

export function inviteStatus(row: InviteRow, now: Date): InviteStatus {
  if (row.claimed_by !== null) return 'claimed'
  if (row.revoked_at !== null) return 'revoked'
  return new Date(row.expires_at) <= now ? 'expired' : 'pending'
}

export async function toInvite(
  repos: Repos,
  qrKey: Buffer,
  row: InviteRow,
  now: Date,
): Promise<Invite> {
  const status = inviteStatus(row, now)
  const link =
    status === 'pending'
      ? qrLink(signPayload(qrKey, 'invite', row.qr_id, new Date(row.expires_at)))
      : null
  return {
    id: row.id,
    name: row.name,
    note: row.note,
    status,
    digits: status === 'pending' ? row.digits : null,
    link,
    svg: link === null ? null : renderSVG(link, { border: 2 }),
    createdBy: await personOf(repos, row.created_by),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    claimedBy: await personOf(repos, row.claimed_by),
    claimedAt: row.claimed_at,
  }
}

const stateOf = (row: InviteRow, now: Date) => ({
  name: row.name,
  note: row.note,
  status: inviteStatus(row, now),
  claimedBy: row.claimed_by,
  expiresAt: row.expires_at,
})

async function freshCodes(repos: Repos) {
  for (;;) {
    const digits = String(randomInt(10_000_000, 100_000_000))
    const qrId = randomCodeId()
    if (!(await repos.admin.inviteByDigits(digits)) && !(await repos.admin.inviteByQrId(qrId))) {
      return { digits, qrId }
    }
  }
}

export async function createInvite(
  repos: Repos,
  adminId: string,
  request: InviteRequest,
  now: Date,
): Promise<InviteRow> {
  const codes = await freshCodes(repos)
  const row: InviteRow = {
    id: randomUUID(),
    digits: codes.digits,
    qr_id: codes.qrId,
    name: request.name,
    note: request.note ?? '',
    created_by: adminId,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + INVITE_TTL_MS).toISOString(),
    claimed_by: null,
    claimed_at: null,
    revoked_at: null,
  }
  await repos.admin.addInvite(row)
  await repos.audit.record({
    actorId: adminId,
    action: 'invite.created',
    target: { kind: 'staff_invite', id: row.id },
    summary: `生成工作人员邀请码（${row.name}）`,
    before: null,
    after: stateOf(row, now),
    at: row.created_at,
  })
  return row
}

export async function revokeInvite(
  repos: Repos,
  adminId: string,
  id: string,
  now: Date,
): Promise<InviteRow> {
  return repos.admin.transaction(async () => {
    const before = await repos.admin.invite(id)
    if (!before) throw notFound('没有找到该邀请码，请刷新列表后重试')
    const at = now.toISOString()
    if (!(await repos.admin.revokeInvite(id, at))) {
      throw new ApiError(409, 'INVITE_USED', '该邀请码已被认领或已作废，无需再作废')
    }
    const after: InviteRow = { ...before, revoked_at: at }
    await repos.audit.record({
      actorId: adminId,
      action: 'invite.revoked',
      target: { kind: 'staff_invite', id },
      summary: `作废工作人员邀请码（${before.name}）`,
      before: stateOf(before, now),
      after: stateOf(after, now),
      at,
    })
    return after
  })
}

const unknownCode = () =>
  new ApiError(
    404,
    'INVITE_CODE_INVALID',
    '没有找到这个邀请码，请核对管理员给您的8位数字，或请管理员重新生成',
  )

async function inviteOfCode(repos: Repos, qrKey: Buffer, text: string, now: Date) {
  const digits = text.replace(/\s/g, '')
  if (/^\d{8}$/.test(digits)) return repos.admin.inviteByDigits(digits)
  const payload = payloadOf(text)
  if (payload === null) throw unknownCode()
  const verified = verifyPayload(qrKey, payload, now)
  if (!verified.ok && verified.reason === 'expired') {
    throw new ApiError(409, 'INVITE_EXPIRED', '邀请码已过期，请联系管理员重新生成')
  }
  if (!verified.ok || verified.kind !== 'invite') throw unknownCode()
  return repos.admin.inviteByQrId(verified.id)
}

/** The claimer joins the staff list under the invite's name; the same claimer may ask again. */
export async function claimInvite(
  repos: Repos,
  qrKey: Buffer,
  text: string,
  userId: string,
  now: Date,
): Promise<InviteClaimed> {
  const row = await inviteOfCode(repos, qrKey, text, now)
  if (!row) throw unknownCode()
  const answer = async (): Promise<InviteClaimed> => ({
    name: row.name,
    userId,
    invitedBy: await personOf(repos, row.created_by),
  })
  if (row.claimed_by === userId) return answer()
  const status = inviteStatus(row, now)
  if (status === 'claimed')
    throw new ApiError(409, 'INVITE_USED', '这个邀请码已被其他账号认领，请联系管理员重新生成')
  if (status === 'revoked')
    throw new ApiError(409, 'INVITE_REVOKED', '这个邀请码已作废，请联系管理员重新生成')
  if (status === 'expired')
    throw new ApiError(409, 'INVITE_EXPIRED', '邀请码已过期，请联系管理员重新生成')
  const at = now.toISOString()
  await repos.admin.transaction(async () => {
    if (!(await repos.admin.claimInvite(row.id, userId, at))) {
      throw new ApiError(409, 'INVITE_USED', '这个邀请码已被其他账号认领，请联系管理员重新生成')
    }
    const after: InviteRow = { ...row, claimed_by: userId, claimed_at: at }
    await repos.audit.record({
      actorId: userId,
      action: 'invite.claimed',
      target: { kind: 'staff_invite', id: row.id },
      summary: `认领工作人员邀请码（${row.name}）`,
      before: stateOf(row, now),
      after: stateOf(after, now),
      at,
    })
  })
  return answer()
}
