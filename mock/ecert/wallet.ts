import { randomUUID } from 'node:crypto'
import { beijingDate } from '../../src/services/contract'
import type { Repos } from '../db/repos'
import type { LicenceRow } from '../db/repos/licences'
import type { UserRow } from '../db/repos/users'
import { unauthorized } from '../http/errors'

/** 包头市 districts by the 行政区划代码 that opens a 居民身份证号. */
const BAOTOU_POLICE: Record<string, string> = {
  '150202': '包头市公安局东河区分局',
  '150203': '包头市公安局昆都仑区分局',
  '150204': '包头市公安局青山区分局',
  '150205': '包头市公安局石拐区分局',
  '150206': '包头市公安局白云鄂博矿区分局',
  '150207': '包头市公安局九原区分局',
}

/** 居民身份证法第五条: under 16 five years, 16–25 ten, 26–45 twenty, 46 and older 长期. */
function idCardValidUntil(idNumber: string, issuedOn: string): string | null {
  const age = Number(issuedOn.slice(0, 4)) - Number(idNumber.slice(6, 10))
  const years = age < 16 ? 5 : age <= 25 ? 10 : age <= 45 ? 20 : null
  return years === null ? null : `${Number(issuedOn.slice(0, 4)) + years}${issuedOn.slice(4)}`
}

/** Every 实名 user holds a 居民身份证, issued from the 实名 data when the library has none. */
function ensureIdCard(
  repos: Repos,
  user: UserRow & { real_name: string; id_number: string },
  now: Date,
) {
  const issuedOn = beijingDate(now)
  repos.licences.issue({
    id: `lic_${randomUUID()}`,
    kind: 'id_card',
    holder_kind: 'person',
    holder_code: user.id_number,
    holder_name: user.real_name,
    number: user.id_number,
    issuer: BAOTOU_POLICE[user.id_number.slice(0, 6)] ?? '户籍所在地公安机关',
    issued_on: issuedOn,
    valid_until: idCardValidUntil(user.id_number, issuedOn),
    facts_json: '[]',
  })
}

const hasRealName = (user: UserRow): user is UserRow & { real_name: string; id_number: string } =>
  user.real_name !== null && user.id_number !== null

/**
 * The user's 电子证照: their own (by 实名 身份证号 and name) and those of the enterprises they
 * bound (by 统一社会信用代码 and name). Nobody else's, whatever id they send.
 */
export function walletOf(repos: Repos, userId: string, now: Date): LicenceRow[] {
  const user = repos.users.findById(userId)
  if (!user) throw unauthorized()
  const own: LicenceRow[] = []
  if (hasRealName(user)) {
    ensureIdCard(repos, user, now)
    own.push(...repos.licences.ofHolder('person', user.id_number, user.real_name))
  }
  const firms = repos.enterprises
    .listByUser(userId, now)
    .flatMap((e) => repos.licences.ofHolder('enterprise', e.uscc, e.name))
  return [...own, ...firms]
}
