import { Readable } from 'node:stream'
import type ExcelJS from 'exceljs'
import { newWorkbook } from './exceljs'
import { ApiError } from '../../../http/errors'
import { COLUMNS, OPTIONAL_COLUMNS, type Column } from './columns'

/** The largest 实施清单 accepted: a district's whole catalog (≈ 4 000 items) is well under both. */
export const MAX_SHEET_BYTES = 8 * 1024 * 1024
export const MAX_SHEET_ROWS = 10_000
const MAX_CELL_CHARS = 4000

/** A mistake in one cell (or row), said so the administrator can fix the file. */
export interface RowProblem {
  row: number
  column: string
  message: string
}

export interface SheetRow {
  /** The spreadsheet's own row number (the header is row 1). */
  row: number
  cells: ReadonlyMap<Column, string>
}

export const sheetInvalid = (message: string) => new ApiError(400, 'CATALOG_SHEET_INVALID', message)

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])
// Tab and line breaks are how cells hold lists; every other control character is refused.
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/
/** What Excel would run as a formula when the file is opened again. */
const FORMULA_START = /^[=+@]/

/** Text a CSV holds: UTF-8 (with or without BOM), or the GB18030 Excel saves on Chinese Windows. */
function decodeCsv(data: Buffer): string {
  if (data.includes(0)) {
    throw sheetInvalid(
      '文件不是Excel表格或CSV文本，请上传从本系统导出并修改后的 .xlsx 或 .csv 文件',
    )
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gb18030').decode(data)
  }
}

async function loadWorkbook(data: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = await newWorkbook()
  if (data.subarray(0, 4).equals(ZIP_MAGIC)) {
    try {
      await workbook.xlsx.load(data as unknown as ArrayBuffer)
    } catch {
      throw sheetInvalid(
        '无法读取这个Excel文件（可能已损坏或不是 .xlsx 格式），请用Excel另存为 .xlsx 后重新上传',
      )
    }
    const sheet = workbook.worksheets[0]
    if (!sheet) throw sheetInvalid('Excel文件中没有工作表，请把实施清单放在第一个工作表')
    return sheet
  }
  const text = decodeCsv(data)
  try {
    // Every cell stays text: 实施编码 must not become a number, nor 生效日期 a Date.
    return await workbook.csv.read(Readable.from([text]), { map: (value: unknown) => value })
  } catch {
    throw sheetInvalid(
      '无法读取这个CSV文件（引号不成对或格式有误），请用Excel另存为 .xlsx 后重新上传',
    )
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A cell as text, or why it cannot be taken. */
function cellText(value: ExcelJS.CellValue): { text: string } | { problem: string } {
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'string') return { text: value }
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) }
  if (value instanceof Date) {
    return {
      text: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`,
    }
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return { problem: '是公式，请改为直接填写的文字（复制后“选择性粘贴 → 数值”）' }
  }
  if ('error' in value) return { problem: '是错误值（如 #N/A），请改为正确的文字' }
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') }
  if ('text' in value) return { text: typeof value.text === 'string' ? value.text : '' }
  return { problem: '的内容无法识别，请改为纯文字' }
}

function textProblem(text: string): string | null {
  if (CONTROL.test(text)) return '含有不可见的控制字符，请删除后重新输入'
  if (FORMULA_START.test(text)) return '以 = + @ 开头会被Excel当作公式，请删除开头的符号'
  if (text.length > MAX_CELL_CHARS) return `超过${MAX_CELL_CHARS}个字，请精简`
  return null
}

/**
 * The rows of an uploaded 实施清单 (XLSX, or CSV in UTF-8/GB18030), cells as trimmed text by
 * column name. File-level faults (not a spreadsheet, empty, too large, a column missing) throw;
 * cell faults (formulas, control characters) come back as problems with row and column.
 */
export async function readSheet(
  data: Buffer,
): Promise<{ rows: SheetRow[]; problems: RowProblem[] }> {
  if (data.length === 0) throw sheetInvalid('上传的文件是空的，请选择填好的实施清单')
  if (data.length > MAX_SHEET_BYTES) {
    throw sheetInvalid('文件超过8MB，请删除多余的工作表、图片后重新上传')
  }
  const sheet = await loadWorkbook(data)
  if (sheet.rowCount > MAX_SHEET_ROWS + 1) {
    throw sheetInvalid(`表格有${sheet.rowCount - 1}行，一次最多导入${MAX_SHEET_ROWS}行，请分批导入`)
  }
  const header = new Map<number, Column>()
  sheet.getRow(1).eachCell((cell, col) => {
    const name = cellText(cell.value)
    const title = 'text' in name ? name.text.trim() : ''
    if ((COLUMNS as readonly string[]).includes(title)) header.set(col, title as Column)
  })
  const present = new Set(header.values())
  const missing = COLUMNS.filter((c) => !present.has(c) && !OPTIONAL_COLUMNS.has(c))
  if (missing.length === COLUMNS.length - OPTIONAL_COLUMNS.size) {
    throw sheetInvalid('第1行不是实施清单的表头，请使用“导出实施清单”得到的文件修改后导入')
  }
  if (missing.length > 0) {
    throw sheetInvalid(`第1行缺少列：${missing.join('、')}，请按导出的实施清单补齐这些列`)
  }

  const rows: SheetRow[] = []
  const problems: RowProblem[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return
    const cells = new Map<Column, string>()
    for (const [col, column] of header) {
      const read = cellText(row.getCell(col).value)
      if ('problem' in read) {
        problems.push({ row: rowNumber, column, message: `「${column}」${read.problem}` })
        continue
      }
      const text = read.text.replace(/\r\n?/g, '\n').trim()
      const problem = textProblem(text)
      if (problem) problems.push({ row: rowNumber, column, message: `「${column}」${problem}` })
      else cells.set(column, text)
    }
    if ([...cells.values()].some((text) => text !== '')) rows.push({ row: rowNumber, cells })
  })
  if (rows.length === 0 && problems.length === 0) {
    throw sheetInvalid('表格只有表头，没有事项，请填写后重新上传')
  }
  return { rows, problems }
}
