import type { CorrectionItem, FieldRule } from '../../../src/services/contract'
import type { CaseRow } from './repository'

/** The form as submitted, kept with the case so a later catalog change does not rewrite it. */
export interface StoredField {
  key: string
  label: string
  rule: FieldRule
  value: string
}

export interface StoredMaterial {
  materialId: string
  name: string
  required: boolean
  /** The 电子证照 used instead of files; cases stored before the wallet have none. */
  licenceId?: string | null
  uploadIds: string[]
}

export const storedFields = (row: CaseRow) => JSON.parse(row.fields_json) as StoredField[]
export const storedMaterials = (row: CaseRow) => JSON.parse(row.materials_json) as StoredMaterial[]
export const storedCorrections = (row: CaseRow) =>
  JSON.parse(row.corrections_json) as CorrectionItem[]
