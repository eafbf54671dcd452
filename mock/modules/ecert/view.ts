import {
  isLicenceExpired,
  LICENCE_NAMES,
  maskLicenceNumber,
  maskName,
  type Licence,
} from '../../../src/services/contract'
import type { LicenceRow } from './repository'

export const factsOf = (row: LicenceRow): Licence['facts'] =>
  JSON.parse(row.facts_json) as Licence['facts']

export function toLicence(row: LicenceRow, now: Date): Licence {
  return {
    id: row.id,
    kind: row.kind,
    name: LICENCE_NAMES[row.kind],
    holderKind: row.holder_kind,
    holder: row.holder_kind === 'person' ? maskName(row.holder_name) : row.holder_name,
    numberMasked: maskLicenceNumber(row.number),
    issuer: row.issuer,
    issuedOn: row.issued_on,
    validUntil: row.valid_until,
    expired: isLicenceExpired(row.valid_until, now),
    facts: factsOf(row),
  }
}

/** How a case shows the licence that stood in for a material. */
export const licenceRef = (row: LicenceRow) => ({
  name: LICENCE_NAMES[row.kind],
  numberMasked: maskLicenceNumber(row.number),
  issuer: row.issuer,
  validUntil: row.valid_until,
})
