import type { BindAccountRequest } from '../../../src/services/contract'
import type { Repos } from '../repositories'
import type { AccountRow } from './repository'
import { ApiError } from '../../http/errors'
import { inTransaction, inTurn, type Sql } from '../../db/engine'

/** Wrong answers allowed in a day: per user, and per 户号 whoever asks (several accounts). */
export const MAX_FAILURES_PER_USER = 5
export const MAX_FAILURES_PER_ACCOUNT = 10

const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '端木',
  '申屠',
  '独孤',
  '南宫',
])

export function surnameOf(name: string): string {
  const two = name.slice(0, 2)
  return name.length > 2 && COMPOUND_SURNAMES.has(two) ? two : name.slice(0, 1)
}

/** The holder's surname, or the last 4 digits of the phone the household registered. */
export function knowsHousehold(account: Pick<AccountRow, 'holder' | 'phone'>, answer: string) {
  if (/^\d{4}$/.test(answer)) return account.phone.length === 11 && account.phone.endsWith(answer)
  return answer === surnameOf(account.holder)
}

// An unknown number and a wrong answer read the same, so nobody can list which 户号 exist.
const mismatch = () =>
  new ApiError(400, 'HOLDER_CHECK_FAILED', '户号或户主信息与开户登记不一致', {
    holderCheck: '户号、户主的姓或手机号后4位与开户登记不一致，请对照缴费通知单核对',
  })

/**
 * The account a user may bind: only when they know what only the household knows. Tries of one
 * user, and tries at one 户号, take turns (a transaction holding both keys) so a burst of
 * parallel guesses is counted one by one, on any number of server processes.
 */
export async function accountToBind(
  repos: Repos,
  sql: Sql,
  userId: string,
  body: BindAccountRequest,
  now: Date,
): Promise<AccountRow> {
  const u = repos.utilities
  const key = `${body.kind}:${body.number}`
  const since = new Date(now.getTime() - 86_400_000).toISOString()
  const verdict = await inTransaction(sql, async () => {
    await inTurn(sql, `utility-bind-user:${userId}`)
    await inTurn(sql, `utility-bind-account:${key}`)
    if (
      (await u.bindFailuresSince({ userId, since })) >= MAX_FAILURES_PER_USER ||
      (await u.bindFailuresOfAccountSince({ key, since })) >= MAX_FAILURES_PER_ACCOUNT
    ) {
      return 'exceeded' as const
    }
    const account = await u.findByNumber(body.kind, body.number)
    if (account && knowsHousehold(account, body.holderCheck)) return account
    // Recorded in the committed transaction: the refusal below must not undo it.
    await u.recordBindFailure({ userId, key, at: now.toISOString() })
    return 'mismatch' as const
  })
  if (verdict === 'exceeded') {
    throw new ApiError(
      429,
      'BIND_ATTEMPTS_EXCEEDED',
      '户主信息核对失败次数过多，请明天再试，或带缴费通知单到营业厅办理',
    )
  }
  if (verdict === 'mismatch') throw mismatch()
  return verdict
}
