import ExcelJS from 'exceljs'
import type { FastifyInstance } from 'fastify'
import type { ImportPreview } from '../../../src/services/contract'
import { COLUMNS } from '../../../mock/modules/catalog/console/columns'
import { json, type ErrorJson } from '../helpers'

export type Row = Record<string, string>

/** An upload as the console's browser sends it: multipart with one `file` part. */
export async function upload(
  app: FastifyInstance,
  token: string | undefined,
  fileName: string,
  data: Buffer,
): Promise<{ status: number; data?: ImportPreview; error?: ErrorJson['error'] }> {
  const boundary = `----qs${Date.now()}`
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/admin/catalog/imports',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(token && { authorization: `Bearer ${token}` }),
    },
    payload,
  })
  const body = json<{ data?: ImportPreview } & Partial<ErrorJson>>(res)
  return { status: res.statusCode, data: body.data, error: body.error }
}

/** The current 实施清单 as the export writes it, rows as column → text. */
export async function exported(app: FastifyInstance, token: string): Promise<Row[]> {
  const res = await app.inject({
    method: 'GET',
    url: '/api/v1/admin/catalog/export',
    headers: { authorization: `Bearer ${token}` },
  })
  if (res.statusCode !== 200) throw new Error(`export answered ${res.statusCode}: ${res.body}`)
  return rowsOf(res.rawPayload)
}

export async function rowsOf(data: Buffer): Promise<Row[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(data as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error('no sheet')
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''))
  const rows: Row[] = []
  sheet.eachRow((row, n) => {
    if (n === 1) return
    const values = row.values as unknown[]
    rows.push(
      Object.fromEntries(header.map((h, i) => [h, String(values[i] ?? '')]).filter(([h]) => h)),
    )
  })
  return rows
}

/** A workbook with these rows under the standard header (cells may be formulas for the hostile cases). */
export async function workbookOf(
  rows: readonly Record<string, ExcelJS.CellValue>[],
  columns: readonly string[] = COLUMNS,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('实施清单')
  sheet.addRow([...columns])
  for (const row of rows) sheet.addRow(columns.map((c) => row[c] ?? ''))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`

export function csvOf(rows: readonly Row[], columns: readonly string[] = COLUMNS): string {
  return [
    columns.map(quote).join(','),
    ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(',')),
  ].join('\r\n')
}
