import { randomUUID } from 'node:crypto'
import type { Repos } from '../repositories'
import type { LicenceRow } from './repository'
import type { UserRow } from '../account/users-repository'
import type { EnterpriseRow } from '../account/enterprises-repository'
import { unauthorized } from '../../http/errors'

/** 包头市 districts by the 行政区划代码 that opens a 居民身份证号. */
const BAOTOU_POLICE: Record<string, string> = {
  '150202': '包头市公安局东河区分局',
  '150203': '包头市公安局昆都仑区分局',
  '150204': '包头市公安局青山区分局',
  '150205': '包头市公安局石拐区分局',
  '150206': '包头市公安局白云鄂博矿区分局',
  '150207': '包头市公安局九原区分局',
}

/**
 * Every proven person holds a 居民身份证: when the licence library has none, it is issued from
 * the 人口库 record that proved them (its real issue date, validity and address), never from what
 * the user typed. A person proven by WeChat who is not in this 人口库 gets none made up.
 */
async function ensureIdCard(
  repos: Repos,
  user: UserRow & { real_name: string; id_number: string },
): Promise<void> {
  const person = await repos.identity.person(user.id_number)
  if (!person) return
  await repos.licences.issue({
    id: `lic_${randomUUID()}`,
    kind: 'id_card',
    holder_kind: 'person',
    holder_code: person.id_number,
    holder_name: person.name,
    number: person.id_number,
    issuer: BAOTOU_POLICE[person.id_number.slice(0, 6)] ?? '户籍所在地公安机关',
    issued_on: person.id_card_issued_on,
    valid_until: person.id_card_valid_until,
    facts_json: JSON.stringify([{ label: '住址', value: person.address }]),
  })
}

const hasRealName = (user: UserRow): user is UserRow & { real_name: string; id_number: string } =>
  user.real_name !== null && user.id_number !== null

/**
 * The user's 电子证照: their own (by 实名 身份证号 and name) and those of the enterprises they
 * bound (by 统一社会信用代码 and name). Nobody else's, whatever id they send.
 */
export async function walletOf(repos: Repos, userId: string, now: Date): Promise<LicenceRow[]> {
  const user = await repos.users.findById(userId)
  if (!user) throw unauthorized()
  return walletOfUser(repos, user, await repos.enterprises.listByUser(userId, now))
}

/** `walletOf` for a user and their live enterprise bindings already read. */
export async function walletOfUser(
  repos: Repos,
  user: UserRow,
  enterprises: readonly EnterpriseRow[],
): Promise<LicenceRow[]> {
  const own: LicenceRow[] = []
  if (hasRealName(user)) {
    const held = () => repos.licences.ofHolder('person', user.id_number, user.real_name)
    let rows = await held()
    // Issuing is a write: only when the card is not there yet (UNIQUE (kind, number) would
    // turn it away anyway), so reading the wallet stays a read.
    if (!rows.some((row) => row.kind === 'id_card' && row.number === user.id_number)) {
      await ensureIdCard(repos, user)
      rows = await held()
    }
    own.push(...rows)
  }
  const firms = await Promise.all(
    enterprises.map((e) => repos.licences.ofHolder('enterprise', e.uscc, e.name)),
  )
  return [...own, ...firms.flat()]
}
