import type ExcelJS from 'exceljs'

/**
 * exceljs is large and only the 管理后台's import and export use it: it is loaded on their first
 * call, so it costs neither the server's start nor code that merely imports the catalog.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs')
  return new excel.Workbook()
}
