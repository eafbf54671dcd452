import {
  beijingDate,
  type ConsoleGuide,
  type ConsoleItemRow,
  type ConsoleItemStatus,
} from '../../../../src/services/contract'
import { inTransaction, type Sql } from '../../../db/engine'
import { ApiError, notFound } from '../../../http/errors'
import { recordChange } from '../../admin/audit-repository'
import { cellsOf, COLUMNS, type Column } from './columns'
import { changeOf } from './diff'
import { rowsInvalid } from './problems'
import { parseDate, parseRow } from './rules'
import { loadCurrent, loadVocabulary, takeOver, writeRecord } from './state'

export function statusOf(
  row: { sample: number; retired_on: string | null },
  today: string,
): ConsoleItemStatus {
  if (row.retired_on !== null) return row.retired_on <= today ? '已废止' : '待废止'
  return row.sample === 1 ? '示例' : '在用'
}

const ROW_COLUMNS = [
  'id',
  'code',
  'name',
  'category',
  'department',
  'sample',
  'retired_on',
  'updated_on',
] as const

type ItemRow = {
  id: string
  code: string
  name: string
  category: string
  department: string
  sample: number
  retired_on: string | null
  updated_on: string | null
}

const toRow = (row: ItemRow, today: string): ConsoleItemRow => ({
  id: row.id,
  code: row.code,
  name: row.name,
  category: row.category,
  department: row.department,
  status: statusOf(row, today),
  retiredOn: row.retired_on,
  updatedOn: row.updated_on,
})

export async function listConsoleItems(
  sql: Sql,
  query: { q?: string; status?: ConsoleItemStatus; page?: number; pageSize?: number },
  now: Date,
) {
  const today = beijingDate(now)
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  let base = sql.selectFrom('catalog_items')
  const q = query.q?.trim()
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    base = base.where((eb) =>
      eb.or([eb('name', 'like', like), eb('code', 'like', like), eb('department', 'like', like)]),
    )
  }
  switch (query.status) {
    case '已废止':
      base = base.where('retired_on', '<=', today)
      break
    case '待废止':
      base = base.where('retired_on', '>', today)
      break
    case '示例':
      base = base.where('retired_on', 'is', null).where('sample', '=', 1)
      break
    case '在用':
      base = base.where('retired_on', 'is', null).where('sample', '=', 0)
      break
    default:
  }
  const [rows, count] = await Promise.all([
    base
      .select(ROW_COLUMNS)
      .orderBy('sort_order')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ])
  return { items: rows.map((r) => toRow(r, today)), total: Number(count?.n ?? 0), page, pageSize }
}

const itemNotFound = () => notFound('没有找到该事项，请刷新列表后重试')

export async function consoleGuide(sql: Sql, id: string, now: Date): Promise<ConsoleGuide> {
  const row = await sql
    .selectFrom('catalog_items')
    .select(ROW_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw itemNotFound()
  const [words, current] = await Promise.all([loadVocabulary(sql), loadCurrent(sql, [id])])
  const found = current.get(row.code)
  if (!found) throw itemNotFound()
  return {
    item: toRow(row, beijingDate(now)),
    cells: cellsOf(found.record, words),
    columns: [...COLUMNS],
  }
}

/**
 * Saves a guide edited in the form: the cells are checked exactly as an imported row is.
 * `action` names the audit entry (an edit, or a 废止 from the retire button).
 */
export async function saveGuide(
  sql: Sql,
  input: { id: string; cells: Record<string, string>; actorId: string; now: Date; action?: string },
): Promise<ConsoleGuide> {
  const row = await sql
    .selectFrom('catalog_items')
    .select(['code'])
    .where('id', '=', input.id)
    .executeTakeFirst()
  if (!row) throw itemNotFound()
  const [words, current] = await Promise.all([loadVocabulary(sql), loadCurrent(sql, [input.id])])
  const existing = current.get(row.code)
  if (!existing) throw itemNotFound()
  const cells = new Map(
    Object.entries(input.cells).map(([k, v]) => [k, v.replace(/\r\n?/g, '\n').trim()]),
  )
  const parsed = parseRow(0, (c: Column) => cells.get(c), words, existing.record)
  if ('problems' in parsed) throw rowsInvalid(parsed.problems, true)
  if (parsed.record.code !== row.code) {
    throw new ApiError(
      400,
      'CATALOG_CODE_CHANGED',
      '实施编码不能在指南中修改；编码变了请在实施清单中废止旧事项、新增新事项后导入',
    )
  }
  const change = changeOf(parsed.record, existing, words)
  if (change) {
    await inTransaction(sql, async () => {
      await writeRecord(sql, input.id, existing.record, change.record, beijingDate(input.now))
      await takeOver(sql, input.actorId, input.now.toISOString())
      await recordChange(sql, {
        actorId: input.actorId,
        action: input.action ?? 'catalog.item_edited',
        target: { kind: 'catalog_item', id: input.id },
        summary:
          change.kind === 'retired'
            ? `废止事项“${change.name}”，自${change.record.retiredOn ?? ''}起生效`
            : `修改办事指南“${change.name}”：${change.fields.map((f) => f.column).join('、')}`,
        before: Object.fromEntries(change.fields.map((f) => [f.column, f.before])),
        after: Object.fromEntries(change.fields.map((f) => [f.column, f.after])),
        at: input.now.toISOString(),
      })
    })
  }
  return consoleGuide(sql, input.id, input.now)
}

/** 废止 from a date: the guide's other elements stay as they are. */
export async function retireItem(
  sql: Sql,
  input: { id: string; effectiveOn: string; actorId: string; now: Date },
): Promise<ConsoleGuide> {
  const date = parseDate(input.effectiveOn)
  if (date === null) {
    throw rowsInvalid(
      [{ row: 0, column: '生效日期', message: '「生效日期」不是有效日期，请重新选择' }],
      true,
    )
  }
  const guide = await consoleGuide(sql, input.id, input.now)
  return saveGuide(sql, {
    id: input.id,
    cells: { ...guide.cells, 状态: '废止', 生效日期: date },
    actorId: input.actorId,
    now: input.now,
    action: 'catalog.item_retired',
  })
}
