import type { Sql } from '../../../db/engine'
import type { GuideRecord } from './record'
import { loadCurrent, loadVocabulary } from './state'
import { catalogWorkbook } from './workbook'

/** How many generated 示例 items the example shows beside the hand-written guides. */
const SAMPLE_ROWS = 5

/**
 * The rows of docs/实施清单示例.xlsx, from the seeded catalog: every hand-written guide and the
 * first few generated 示例 items, exactly as the console's export writes them.
 */
export async function exampleRecords(sql: Sql): Promise<GuideRecord[]> {
  const records = [...(await loadCurrent(sql)).values()].map((c) => c.record)
  return [
    ...records.filter((r) => !r.sample),
    ...records.filter((r) => r.sample).slice(0, SAMPLE_ROWS),
  ]
}

export async function exampleWorkbook(sql: Sql): Promise<Buffer> {
  return catalogWorkbook(await exampleRecords(sql), await loadVocabulary(sql))
}
