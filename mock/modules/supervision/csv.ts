export type Cell = string | number | null

export interface Table {
  /** Names the file: 电子监察-<title>-<from>至<to>.csv */
  title: string
  columns: readonly string[]
  rows: readonly (readonly Cell[])[]
}

const BOM = '\uFEFF'
/** Text Excel would run as a formula (CSV injection): kept as text with a leading apostrophe. */
const FORMULA = /^[=+\-@\t\r]/

function cell(value: Cell): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** RFC 4180 CSV with a byte-order mark, so Excel reads UTF-8; numbers stay numbers. */
export function toCsv(table: Table): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(cell).join(','))
  return `${BOM}${lines.join('\r\n')}\r\n`
}
