import type { Licence } from '../../services/contract'
import { formatDay } from '../../services/contract'

/** Validity in words; an expired licence says so and what to do, never by colour alone. */
export function validityText(licence: Licence): string {
  if (licence.validUntil === null) return '长期有效'
  const until = formatDay(licence.validUntil)
  return licence.expired
    ? `已过期（有效期至${until}），不能用于办事，请及时换证或办理延续`
    : `有效期至${until}`
}

export const issuedText = (licence: Licence) => `${formatDay(licence.issuedOn)}签发`

export interface LicenceGroup {
  title: string
  items: Licence[]
}

/** 个人证照 first, then one group per enterprise, in the order the server sent them. */
export function groupLicences(licences: readonly Licence[]): LicenceGroup[] {
  const groups = new Map<string, Licence[]>()
  for (const l of licences) {
    const title = l.holderKind === 'person' ? '个人证照' : `企业证照 · ${l.holder}`
    groups.set(title, [...(groups.get(title) ?? []), l])
  }
  return [...groups].map(([title, items]) => ({ title, items }))
}
