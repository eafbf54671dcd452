import {
  maskLicenceNumber,
  maskPhone,
  type AdminLawyer,
  type LegalTopicId,
} from '../../../src/services/contract'
import type { LawyerAdminRow } from './lawyers-repository'

/** Phone and licence number leave the server masked only, to the console too. */
export const toAdminLawyer = (row: LawyerAdminRow): AdminLawyer => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  firm: row.firm,
  specialties: JSON.parse(row.specialties_json) as LegalTopicId[],
  years: row.years,
  intro: row.intro,
  phone: row.phone === null ? null : maskPhone(row.phone.replace(/-/g, '')),
  licenceNo: row.licence_no === null ? null : maskLicenceNumber(row.licence_no),
  paused: row.paused_at !== null,
  granted: row.granted === 1,
  editedAt: row.edited_at,
})

/** What the audit log keeps: the masked view, never a whole number. */
export function lawyerState(row: LawyerAdminRow): Record<string, unknown> {
  const { editedAt: _edited, granted: _granted, ...state } = toAdminLawyer(row)
  return state
}
