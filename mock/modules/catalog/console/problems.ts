import { ApiError } from '../../../http/errors'
import type { RowProblem } from './sheet'

/** How many problems the answer lists one by one (the count says how many there are in all). */
const LISTED = 200
const IN_MESSAGE = 3

/** 422 naming each problem by row and column; `fields` keys are “第3行·实施编码”. */
export function rowsInvalid(problems: readonly RowProblem[], inForm = false): ApiError {
  const sorted = [...problems].sort((a, b) => a.row - b.row)
  const where = (p: RowProblem) => (inForm ? p.message : `第${p.row}行${p.message}`)
  const fields: Record<string, string> = {}
  for (const p of sorted.slice(0, LISTED)) {
    const key = inForm ? p.column : `第${p.row}行·${p.column}`
    fields[key] = fields[key] ? `${fields[key]}；${where(p)}` : where(p)
  }
  const head = sorted.slice(0, IN_MESSAGE).map(where).join('；')
  const more = sorted.length > IN_MESSAGE ? `……（共${sorted.length}处，见下表）` : ''
  return new ApiError(
    422,
    'CATALOG_ROWS_INVALID',
    `${inForm ? '指南' : '实施清单'}有${sorted.length}处需要修改：${head}${more}`,
    fields,
  )
}
