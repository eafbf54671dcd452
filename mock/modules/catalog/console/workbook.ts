import { newWorkbook } from './exceljs'
import { cellsOf, COLUMNS } from './columns'
import type { GuideRecord, Vocabulary } from './record'

const WIDE = new Set(['事项名称', '设定依据', '申请条件', '材料', '办理流程', '地点'])

/** The 实施清单 as an XLSX workbook: one row per item, lists one entry per line in a cell. */
export async function catalogWorkbook(
  records: Iterable<GuideRecord>,
  words: Vocabulary,
): Promise<Buffer> {
  const workbook = await newWorkbook()
  workbook.creator = '青山区政务服务管理后台'
  const sheet = workbook.addWorksheet('实施清单', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }],
  })
  sheet.columns = COLUMNS.map((column) => ({
    header: column,
    key: column,
    width: column === '实施编码' ? 34 : WIDE.has(column) ? 40 : 14,
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }))
  sheet.getRow(1).font = { bold: true }
  for (const record of records) {
    // Every value is a string: nothing the district typed is ever read back as a formula.
    sheet.addRow(cellsOf(record, words))
  }
  sheet.getColumn('实施编码').numFmt = '@'
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
