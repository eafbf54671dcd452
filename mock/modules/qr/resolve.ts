import { randomUUID } from 'node:crypto'
import { payloadOf, type QrRefusal, type QrResolution } from '../../../src/services/contract'
import type { Repos } from '../repositories'
import { nearMiss, nearMissMessage } from './near-miss'
import { verifyPayload } from './sign'

export const REFUSAL_MESSAGES: Record<QrRefusal, string> = {
  not_official:
    '这不是本平台签发的二维码。请勿打开其中的链接，不要填写验证码、银行卡或密码；办事请到政务服务中心窗口，或拨打12345咨询。',
  forged:
    '二维码内容被篡改过，不是本平台签发的官方码。请不要继续操作，并告诉现场工作人员或拨打12345反映。',
  mistyped: '请核对后重新输入：输入的文字和二维码下方的文字不一致。',
  expired: '这个二维码已过期。请扫描现场最新张贴的二维码，或咨询工作人员。',
  revoked: '这个二维码已停用。请扫描现场最新张贴的二维码，或咨询工作人员。',
  unknown: '没有找到这个二维码对应的服务，可能已下线。请咨询现场工作人员或拨打12345。',
}

const REFUSAL_TITLES: Record<QrRefusal, string> = {
  not_official: '非本平台二维码',
  forged: '被篡改的二维码',
  mistyped: '输入有误的二维码',
  expired: '已过期的二维码',
  revoked: '已停用的二维码',
  unknown: '未知的二维码',
}

const refuse = (reason: QrRefusal): QrResolution => ({
  result: 'refused',
  reason,
  message: REFUSAL_MESSAGES[reason],
})

/** A genuine code copied by hand with the wrong case or one wrong character: check and retype. */
function mistypedOr(key: Buffer, text: string, otherwise: QrRefusal): QrResolution {
  const miss = nearMiss(key, text)
  if (miss === null) return refuse(otherwise)
  return { result: 'refused', reason: 'mistyped', message: nearMissMessage(miss) }
}

/** Only codes this server signed, that exist and are live, act; everything else is a refusal. */
export async function resolveCode(
  repos: Repos,
  key: Buffer,
  text: string,
  now: Date,
): Promise<QrResolution> {
  return (await resolveScan(repos, key, text, now)).resolution
}

/** A district code that was scanned: its zone is what 电子监察 counts scans by. */
export interface ScannedCode {
  id: string
  zoneId: string | null
}

const withoutCode = (resolution: QrResolution) => ({ resolution, code: null })

/** The resolution, and the district code it came from (null for a refusal or a personal code). */
export async function resolveScan(
  repos: Repos,
  key: Buffer,
  text: string,
  now: Date,
): Promise<{ resolution: QrResolution; code: ScannedCode | null }> {
  const payload = payloadOf(text)
  if (payload === null) return withoutCode(mistypedOr(key, text, 'not_official'))
  const verified = verifyPayload(key, payload, now)
  if (!verified.ok && verified.reason === 'forged')
    return withoutCode(mistypedOr(key, payload, 'forged'))
  if (!verified.ok) return withoutCode(refuse(verified.reason))
  if (verified.kind === 'check_in') {
    const booking = await repos.appointments.findByCode(verified.id)
    if (!booking) return withoutCode(refuse('unknown'))
    if (booking.status === 'cancelled') return withoutCode(refuse('revoked'))
    return withoutCode({
      result: 'official',
      title: '预约签到码',
      action: { kind: 'check_in', code: booking.code },
    })
  }
  if (verified.kind === 'grant') {
    if (!(await repos.proxy.byQrId(verified.id))) return withoutCode(refuse('unknown'))
    return withoutCode({
      result: 'official',
      title: '亲情代办授权码',
      action: { kind: 'grant', code: payload },
    })
  }
  if (verified.kind === 'console') {
    if (!(await repos.admin.signInByQrId(verified.id))) return withoutCode(refuse('unknown'))
    return withoutCode({
      result: 'official',
      title: '管理后台登录',
      action: { kind: 'console_sign_in', code: payload },
    })
  }
  if (verified.kind === 'invite') {
    if (!(await repos.admin.inviteByQrId(verified.id))) return withoutCode(refuse('unknown'))
    return withoutCode({
      result: 'official',
      title: '工作人员邀请码',
      action: { kind: 'staff_invite', code: payload },
    })
  }
  const code = await repos.qr.code(verified.id)
  if (!code || code.kind !== verified.kind) return withoutCode(refuse('unknown'))
  if (code.revoked_at !== null) return withoutCode(refuse('revoked'))
  if (code.expires_at !== null && new Date(code.expires_at) <= now)
    return withoutCode(refuse('expired'))
  const target = code.target_id
  const action =
    code.kind === 'guide'
      ? { kind: 'guide' as const, itemId: target }
      : code.kind === 'queue'
        ? { kind: 'queue' as const, pointId: target }
        : code.kind === 'zone'
          ? { kind: 'zone' as const, zoneId: target }
          : { kind: 'campaign' as const, campaignId: target }
  return {
    resolution: { result: 'official', title: code.title, action },
    code: { id: code.id, zoneId: code.zone_id },
  }
}

export async function recordScan(
  repos: Repos,
  userId: string,
  outcome: QrResolution,
  code: ScannedCode | null,
  now: Date,
): Promise<void> {
  const official = outcome.result === 'official'
  const title = official ? outcome.title : REFUSAL_TITLES[outcome.reason]
  await repos.qr.recordScan({
    id: randomUUID(),
    user_id: userId,
    official: official ? 1 : 0,
    title,
    at: now.toISOString(),
    code_id: code?.id ?? null,
    zone_id: code?.zoneId ?? null,
  })
}
