import { randomInt, randomUUID } from 'node:crypto'
import {
  GRANT_CODE_DIGITS,
  GRANT_CODE_MINUTES,
  grantEnd,
  grantStatus,
  payloadOf,
  type GrantRequest,
  type FamilyErrorCode,
} from '../../../src/services/contract'
import { activeHelper } from '../cases/staff'
import type { Repos } from '../repositories'
import type { GrantRow } from './repository'
import { ApiError, notFound } from '../../http/errors'
import { randomCodeId } from '../qr/code-id'
import { verifyPayload } from '../qr/sign'
import { audit } from './audit'
import { clockOf } from './stored'

const bad = (code: FamilyErrorCode, message: string) => new ApiError(400, code, message)
const conflict = (code: FamilyErrorCode, message: string) => new ApiError(409, code, message)
const codeUsed = () => conflict('GRANT_CODE_USED', '这个授权码已经被别人确认过了，请让家人重新授权')

/** Every item must exist; a list of unknown ones is refused by name count, not echoed back. */
async function requireItems(repos: Repos, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)]
  const known = new Set((await repos.catalog.summaries(unique)).map((i) => i.id))
  const unknown = unique.filter((id) => !known.has(id))
  if (unknown.length > 0) {
    throw bad('GRANT_ITEM_UNKNOWN', `有${unknown.length}个事项不存在或已下线，请重新选择代办事项`)
  }
  return unique
}

async function freshCode(repos: Repos, now: Date) {
  for (;;) {
    const digits = String(randomInt(10 ** (GRANT_CODE_DIGITS - 1), 10 ** GRANT_CODE_DIGITS))
    const qrId = randomCodeId()
    if (!(await repos.proxy.byDigits(digits)) && !(await repos.proxy.byQrId(qrId))) {
      const expiresAt = new Date(now.getTime() + GRANT_CODE_MINUTES * 60_000).toISOString()
      return { digits, qrId, expiresAt }
    }
  }
}

export async function createGrant(
  repos: Repos,
  grantorId: string,
  input: GrantRequest,
  now: Date,
): Promise<GrantRow> {
  const itemIds = await requireItems(repos, input.itemIds)
  const relative = input.granteeKind === 'relative'
  const code = await freshCode(repos, now)
  const id = randomUUID()
  return repos.proxy.transaction(async () => {
    await repos.proxy.insert({
      id,
      grantor_id: grantorId,
      grantee_kind: input.granteeKind,
      grantee_name: relative ? (input.granteeName ?? '') : '',
      relation: relative ? (input.relation ?? '其他亲属') : '帮办员',
      item_ids_json: JSON.stringify(itemIds),
      days: input.days,
      valid_until: grantEnd(now, input.days).toISOString(),
      claim_digits: code.digits,
      claim_qr_id: code.qrId,
      code_expires_at: code.expiresAt,
      created_at: now.toISOString(),
    })
    await audit(repos, { grantId: id, actorId: grantorId, action: 'granted' }, now)
    return ownGrant(repos, id, grantorId)
  })
}

/** Someone else's grant is answered exactly like a missing one. */
export async function ownGrant(repos: Repos, id: string, grantorId: string): Promise<GrantRow> {
  const row = await repos.proxy.find(id)
  if (!row || row.grantor_id !== grantorId) {
    throw notFound('没有找到这项授权，请刷新“亲情代办”后重试')
  }
  return row
}

export function refreshCode(
  repos: Repos,
  id: string,
  grantorId: string,
  now: Date,
): Promise<GrantRow> {
  return repos.proxy.transaction(async () => {
    const row = await ownGrant(repos, id, grantorId)
    const status = grantStatus(clockOf(row), now)
    if (status === 'active')
      throw conflict('GRANT_CLAIMED', '家人已经确认了这项授权，不需要再出示授权码')
    if (status === 'revoked') throw conflict('GRANT_REVOKED', '这项授权已撤销，如需代办请新建授权')
    if (status === 'expired') throw conflict('GRANT_EXPIRED', '这项授权已过期，如需代办请新建授权')
    const code = await freshCode(repos, now)
    await repos.proxy.newCode(id, code.digits, code.qrId, code.expiresAt)
    return ownGrant(repos, id, grantorId)
  })
}

/** Takes effect at once: the next request under this grant is refused. Repeating it changes nothing. */
export function revokeGrant(
  repos: Repos,
  id: string,
  grantorId: string,
  now: Date,
): Promise<GrantRow> {
  return repos.proxy.transaction(async () => {
    const row = await ownGrant(repos, id, grantorId)
    if (grantStatus(clockOf(row), now) === 'expired') return row
    if (await repos.proxy.revoke(id, now.toISOString())) {
      await audit(repos, { grantId: id, actorId: grantorId, action: 'revoked' }, now)
    }
    return ownGrant(repos, id, grantorId)
  })
}

const CODE_EXPIRED =
  '授权码已过期（10分钟内有效）。请让家人在“亲情代办”里点“重新出示授权码”，再告诉您新的授权码'

/** The grant an 8-digit code or a scanned link names; refusals say what to do next. */
function grantOfCode(
  repos: Repos,
  qrKey: Buffer,
  text: string,
  now: Date,
): Promise<GrantRow | undefined> {
  const digits = text.replace(/[\s-]/g, '')
  if (/^\d+$/.test(digits)) {
    if (digits.length !== GRANT_CODE_DIGITS) {
      throw bad('GRANT_CODE_INVALID', `授权码是${GRANT_CODE_DIGITS}位数字，请核对后重新输入`)
    }
    return repos.proxy.byDigits(digits)
  }
  const payload = payloadOf(text)
  if (payload === null) {
    throw bad(
      'GRANT_CODE_INVALID',
      `授权码是${GRANT_CODE_DIGITS}位数字，或家人手机上的二维码，请核对后重新输入`,
    )
  }
  const verified = verifyPayload(qrKey, payload, now)
  if (!verified.ok && verified.reason === 'expired') throw bad('GRANT_CODE_EXPIRED', CODE_EXPIRED)
  if (!verified.ok) {
    throw bad(
      'GRANT_CODE_FORGED',
      '这个授权码不是本平台签发的，请不要继续操作，并让家人重新出示授权码',
    )
  }
  if (verified.kind !== 'grant') {
    throw bad(
      'GRANT_CODE_INVALID',
      '这是办事用的二维码，不是亲情代办授权码，请扫描家人手机上的授权码',
    )
  }
  return repos.proxy.byQrId(verified.id)
}

/** The grant a code names, if `granteeId` may accept it now; the same grantee may ask again. */
export async function claimable(
  repos: Repos,
  qrKey: Buffer,
  text: string,
  granteeId: string,
  now: Date,
): Promise<GrantRow> {
  const row = await grantOfCode(repos, qrKey, text, now)
  if (!row) {
    throw notFound('没有找到这个授权码，请核对8位数字，或让家人刷新授权码后重新告诉您')
  }
  if (row.grantor_id === granteeId) {
    throw new ApiError(
      403,
      'GRANT_SELF',
      '这是您自己发起的授权，需要由家人或帮办员在他们的手机上确认',
    )
  }
  const status = grantStatus(clockOf(row), now)
  if (status === 'revoked')
    throw conflict('GRANT_REVOKED', '家人已撤销这项授权，如需代办请让家人重新授权')
  if (status === 'expired')
    throw conflict('GRANT_EXPIRED', '这项授权已过期，如需代办请让家人重新授权')
  if (row.grantee_id === granteeId) return row
  if (row.grantee_id !== null) throw codeUsed()
  if (new Date(row.code_expires_at) <= now) throw bad('GRANT_CODE_EXPIRED', CODE_EXPIRED)
  if (row.grantee_kind === 'helper' && !(await activeHelper(repos, granteeId))) {
    throw new ApiError(
      403,
      'GRANT_FOR_HELPER',
      '这个授权码是给政务服务中心帮办员的，请由帮办员用工作账号确认',
    )
  }
  return row
}

/**
 * The grant becomes the caller's: one claimer wins even when several claim the same code at once
 * (on any number of instances); the others get GRANT_CODE_USED, a twin of the winner its grant.
 */
export function claimGrant(
  repos: Repos,
  qrKey: Buffer,
  text: string,
  granteeId: string,
  now: Date,
): Promise<GrantRow> {
  return repos.proxy.transaction(async () => {
    const row = await claimable(repos, qrKey, text, granteeId, now)
    if (row.grantee_id === granteeId) return row
    const name =
      row.grantee_kind === 'helper'
        ? ((await repos.cases.helper(granteeId))?.name ?? '帮办员')
        : row.grantee_name
    const won = await repos.proxy.claim(row.id, granteeId, name, now.toISOString())
    const claimed = await repos.proxy.find(row.id)
    if (!claimed) throw new Error('grant claim did not persist')
    if (!won) {
      if (claimed.grantee_id === granteeId) return claimed
      throw codeUsed()
    }
    await audit(repos, { grantId: row.id, actorId: granteeId, action: 'claimed' }, now)
    return claimed
  })
}
