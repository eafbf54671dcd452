import type { AdminLab } from '../../../src/services/contract'
import { servicesOf, type LabRow } from './labs-repository'

export const toAdminLab = (row: LabRow): AdminLab => ({
  id: row.id,
  name: row.name,
  cma: row.cma,
  address: row.address,
  phone: row.phone,
  services: servicesOf(row),
  priceText: row.price_text,
  hours: row.hours,
  capacity: row.capacity,
  sample: row.sample === 1,
  hidden: row.hidden_at !== null,
  editedAt: row.edited_at,
})

/** What the audit log keeps of a lab before and after a change. */
export function labState(row: LabRow): Record<string, unknown> {
  const { editedAt: _edited, ...state } = toAdminLab(row)
  return state
}
