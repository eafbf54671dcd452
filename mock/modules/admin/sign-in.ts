import { randomUUID } from 'node:crypto'
import { renderSVG } from 'uqr'
import {
  payloadOf,
  qrLink,
  type ConsoleSignInPreview,
  type ConsoleSignInRequest,
  type ConsoleSignInStatus,
} from '../../../src/services/contract'
import { forbidden } from '../../auth/roles'
import { newSessionToken, sha256Hex } from '../../auth/tokens'
import { openConsoleSession, type Browser } from './open-session'
import { ApiError } from '../../http/errors'
import type { Repos } from '../repositories'
import { randomCodeId } from '../qr/code-id'
import { signPayload, verifyPayload } from '../qr/sign'
import { browserSummary, maskIp } from './browser'
import { sessionCookie } from './cookie'
import { personOf } from './people'
import type { SignInRow } from './repository'

export const SIGN_IN_TTL_MS = 2 * 60 * 1000

const invalid = () =>
  new ApiError(
    400,
    'CONSOLE_SIGN_IN_INVALID',
    '这不是管理后台的登录二维码，请在电脑上打开管理后台，扫描登录页上的二维码',
  )
const expired = () =>
  new ApiError(409, 'CONSOLE_SIGN_IN_EXPIRED', '登录二维码已过期，请在电脑上刷新二维码后重新扫描')
const used = () =>
  new ApiError(
    409,
    'CONSOLE_SIGN_IN_USED',
    '这个登录二维码已经处理过，请在电脑上刷新二维码后重新扫描',
  )

export const notAdmin = () =>
  forbidden('只有管理员可以登录管理后台，您的账号没有管理员角色；如需开通请联系政数局管理员')

/** A fresh request: the QR code the console shows and the secret only that browser keeps. */
export async function startSignIn(
  repos: Repos,
  qrKey: Buffer,
  browser: Browser,
  now: Date,
): Promise<ConsoleSignInRequest> {
  const expiresAt = new Date(now.getTime() + SIGN_IN_TTL_MS)
  const pollToken = newSessionToken()
  const row: SignInRow = {
    id: randomUUID(),
    qr_id: randomCodeId(),
    poll_hash: sha256Hex(pollToken),
    user_agent: browser.userAgent.slice(0, 512),
    ip: browser.ip,
    status: 'pending',
    admin_id: null,
    created_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
    decided_at: null,
  }
  await repos.admin.removeSignInsBefore(new Date(now.getTime() - 24 * 3600_000).toISOString())
  await repos.admin.addSignIn(row)
  const payload = signPayload(qrKey, 'console', row.qr_id, expiresAt)
  const link = qrLink(payload)
  return {
    id: row.id,
    pollToken,
    payload,
    link,
    svg: renderSVG(link, { border: 2 }),
    expiresAt: row.expires_at,
  }
}

/** The request a scanned code names; refusals say what to do on the computer. */
async function requestOfCode(repos: Repos, qrKey: Buffer, text: string, now: Date) {
  const payload = payloadOf(text)
  if (payload === null) throw invalid()
  const verified = verifyPayload(qrKey, payload, now)
  if (!verified.ok) throw verified.reason === 'expired' ? expired() : invalid()
  if (verified.kind !== 'console') throw invalid()
  const row = await repos.admin.signInByQrId(verified.id)
  if (!row) throw invalid()
  if (new Date(row.expires_at) <= now) throw expired()
  return row
}

function previewOf(row: SignInRow): ConsoleSignInPreview {
  return {
    id: row.id,
    browser: browserSummary(row.user_agent),
    ip: maskIp(row.ip),
    requestedAt: row.created_at,
    expiresAt: row.expires_at,
  }
}

/** The administrator's phone read the code: show which browser asks, tell the console. */
export async function scanSignIn(
  repos: Repos,
  qrKey: Buffer,
  code: string,
  now: Date,
): Promise<ConsoleSignInPreview> {
  const row = await requestOfCode(repos, qrKey, code, now)
  if (row.status !== 'pending' && row.status !== 'scanned') throw used()
  await repos.admin.moveSignIn(row.id, ['pending'], 'scanned', now.toISOString())
  return previewOf(row)
}

/** Confirmed or refused once: the conditional update lets one decision through. */
export async function decideSignIn(
  repos: Repos,
  qrKey: Buffer,
  code: string,
  adminId: string,
  decision: 'confirmed' | 'refused',
  now: Date,
): Promise<{ status: 'confirmed' | 'refused' }> {
  const row = await requestOfCode(repos, qrKey, code, now)
  const at = now.toISOString()
  return repos.admin.transaction(async () => {
    const moved = await repos.admin.moveSignIn(
      row.id,
      ['pending', 'scanned'],
      decision,
      at,
      adminId,
    )
    if (!moved) throw used()
    await repos.audit.record({
      actorId: adminId,
      action: decision === 'confirmed' ? 'console.confirm' : 'console.refuse',
      target: { kind: 'console_sign_in', id: row.id },
      summary: `${decision === 'confirmed' ? '确认' : '拒绝'}登录管理后台（${browserSummary(row.user_agent)}，${maskIp(row.ip)}）`,
      before: { status: row.status },
      after: { status: decision },
      at,
    })
    return { status: decision }
  })
}

/**
 * The console asks how its request stands. Only the browser holding the poll token may ask; a
 * confirmed request turns into a session once (the conditional update), with the cookie set.
 */
export async function pollSignIn(
  repos: Repos,
  id: string,
  pollToken: string,
  browser: Browser,
  now: Date,
  setCookie: (cookie: string) => void,
): Promise<ConsoleSignInStatus> {
  const row = await repos.admin.signIn(id)
  if (!row || row.poll_hash !== sha256Hex(pollToken)) {
    throw new ApiError(
      404,
      'CONSOLE_SIGN_IN_INVALID',
      '登录请求不存在或已失效，请刷新页面获取新的二维码',
    )
  }
  const live = new Date(row.expires_at) > now
  if (row.status === 'refused') return { status: 'refused', user: null }
  if (!live || row.status === 'used') return { status: 'expired', user: null }
  if (row.status !== 'confirmed' || row.admin_id === null) {
    return { status: row.status === 'scanned' ? 'scanned' : 'pending', user: null }
  }
  const adminId = row.admin_id
  // The role is checked again: one revoked between confirm and poll gets no session.
  if (!(await repos.roles.holds(adminId, 'admin'))) return { status: 'refused', user: null }
  const token = await openConsoleSession(repos, adminId, browser, now, '扫码登录', () =>
    repos.admin.useSignIn(row.id, now.toISOString()),
  )
  if (token === null) return { status: 'expired', user: null }
  setCookie(sessionCookie(token))
  return { status: 'signed_in', user: await personOf(repos, adminId) }
}
