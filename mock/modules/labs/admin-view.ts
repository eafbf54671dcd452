import type { AdminLab } from '../../../src/services/contract'
import { labOf, type LabRow } from './labs-repository'

export const toAdminLab = (row: LabRow): AdminLab => ({
  ...labOf(row),
  capacity: row.capacity,
  hidden: row.hidden_at !== null,
  editedAt: row.edited_at,
})

/** What the audit log keeps of a lab before and after a change. */
export function labState(row: LabRow): Record<string, unknown> {
  const { editedAt: _edited, ...state } = toAdminLab(row)
  return state
}
