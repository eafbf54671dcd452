import { cellsOf, COLUMNS } from './columns'
import type { GuideRecord, Vocabulary } from './record'

export type ChangeKind = 'new' | 'changed' | 'retired'

export interface FieldChange {
  column: string
  before: string
  after: string
}

/** One row of a preview: what apply will write for this 实施编码. */
export interface GuideChange {
  kind: ChangeKind
  code: string
  name: string
  /** The item the row replaces; null for a new one. */
  itemId: string | null
  record: GuideRecord
  fields: FieldChange[]
}

/** What differs, column by column, in the words the sheet uses. */
export function fieldChanges(
  before: GuideRecord | null,
  after: GuideRecord,
  words: Vocabulary,
): FieldChange[] {
  const a = cellsOf(after, words)
  if (before === null) return []
  const b = cellsOf(before, words)
  return COLUMNS.filter((column) => a[column] !== b[column]).map((column) => ({
    column,
    before: b[column],
    after: a[column],
  }))
}

const withoutSample = (record: GuideRecord): GuideRecord => ({ ...record, sample: false })

/**
 * The change a parsed row makes to the catalog, or null when it makes none. A 示例 item stays
 * 示例 only while its row is otherwise the same and still says 示例; an imported row replaces it.
 */
export function changeOf(
  parsed: GuideRecord,
  current: { id: string; record: GuideRecord } | undefined,
  words: Vocabulary,
): GuideChange | null {
  if (!current) {
    const record = { ...parsed, sample: false }
    return { kind: 'new', code: record.code, name: record.name, itemId: null, record, fields: [] }
  }
  const sameContent =
    fieldChanges(withoutSample(current.record), withoutSample(parsed), words).length === 0
  const record = { ...parsed, sample: current.record.sample && parsed.sample && sameContent }
  const fields = fieldChanges(current.record, record, words)
  if (fields.length === 0) return null
  const kind: ChangeKind =
    current.record.retiredOn === null && record.retiredOn !== null ? 'retired' : 'changed'
  return { kind, code: record.code, name: record.name, itemId: current.id, record, fields }
}
