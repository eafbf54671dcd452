import { randomUUID } from 'node:crypto'
import * as z from 'zod/mini'
import { beijingDate, type ImportPreview } from '../../../../src/services/contract'
import { inTransaction, type Sql } from '../../../db/engine'
import { ApiError, notFound } from '../../../http/errors'
import { recordChange } from '../../admin/audit-repository'
import { catalogVersion } from '../version-cache'
import { changeOf, type GuideChange } from './diff'
import { rowsInvalid } from './problems'
import { parseRow } from './rules'
import { readSheet, type RowProblem } from './sheet'
import {
  loadCurrent,
  loadVocabulary,
  newItemId,
  restoreRows,
  snapshotRows,
  takeOver,
  writeRecord,
  type ItemRows,
} from './state'

const stale = () =>
  new ApiError(
    409,
    'CATALOG_PREVIEW_STALE',
    '预览之后事项已有变动（他人导入或修改了指南），请重新上传实施清单生成预览后再确认',
  )

type StoredChange = GuideChange
const Counts = z.object({
  rows: z.number(),
  new: z.number(),
  changed: z.number(),
  retired: z.number(),
  unchanged: z.number(),
})

/**
 * Reads an uploaded 实施清单 and stores what it would change. Nothing in the catalog is
 * written; the preview remembers the catalog version it was made at, and apply insists on it.
 */
export async function previewImport(
  sql: Sql,
  input: { actorId: string; fileName: string; data: Buffer; now: Date },
): Promise<ImportPreview> {
  const { rows, problems } = await readSheet(input.data)
  // The version first: a write after it makes apply refuse, never apply a diff built on older rows.
  const version = await catalogVersion(sql)
  const [words, current] = await Promise.all([loadVocabulary(sql), loadCurrent(sql)])
  const all: RowProblem[] = [...problems]
  const firstRow = new Map<string, number>()
  const changes: GuideChange[] = []
  let unchanged = 0
  for (const row of rows) {
    const code = row.cells.get('实施编码') ?? ''
    const earlier = firstRow.get(code)
    if (code !== '' && earlier !== undefined) {
      all.push({
        row: row.row,
        column: '实施编码',
        message: `「实施编码」与第${earlier}行重复，同一事项只保留一行`,
      })
      continue
    }
    if (code !== '') firstRow.set(code, row.row)
    if (problems.some((p) => p.row === row.row)) continue
    const existing = current.get(code)
    const parsed = parseRow(row.row, (c) => row.cells.get(c), words, existing?.record)
    if ('problems' in parsed) {
      all.push(...parsed.problems)
      continue
    }
    if (!existing && parsed.record.retiredOn !== null) {
      all.push({
        row: row.row,
        column: '状态',
        message: '「状态」清单中没有这个实施编码的事项，无法废止；新增事项请填“新增”',
      })
      continue
    }
    const change = changeOf(parsed.record, existing, words)
    if (change) changes.push(change)
    else unchanged++
  }
  if (all.length > 0) throw rowsInvalid(all)

  const counts = {
    rows: rows.length,
    new: changes.filter((c) => c.kind === 'new').length,
    changed: changes.filter((c) => c.kind === 'changed').length,
    retired: changes.filter((c) => c.kind === 'retired').length,
    unchanged,
  }
  const id = randomUUID()
  const createdAt = input.now.toISOString()
  await sql
    .insertInto('catalog_imports')
    .values({
      id,
      actor_id: input.actorId,
      file_name: input.fileName.slice(0, 200),
      base_version: version,
      changes_json: JSON.stringify(changes),
      summary_json: JSON.stringify(counts),
      created_at: createdAt,
    })
    .execute()
  return toPreview(
    { id, file_name: input.fileName, created_at: createdAt, applied_at: null },
    counts,
    changes,
  )
}

function toPreview(
  row: { id: string; file_name: string; created_at: string; applied_at: string | null },
  counts: z.infer<typeof Counts>,
  changes: readonly StoredChange[],
): ImportPreview {
  return {
    id: row.id,
    fileName: row.file_name,
    createdAt: row.created_at,
    appliedAt: row.applied_at,
    counts,
    changes: changes.map(({ kind, code, name, fields }) => ({ kind, code, name, fields })),
  }
}

const importNotFound = () => notFound('没有找到这次导入的预览，请重新上传实施清单')

async function findImport(sql: Sql, id: string) {
  const row = await sql
    .selectFrom('catalog_imports')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw importNotFound()
  return {
    row,
    counts: z.parse(Counts, JSON.parse(row.summary_json)),
    changes: JSON.parse(row.changes_json) as StoredChange[],
  }
}

export async function getPreview(sql: Sql, id: string): Promise<ImportPreview> {
  const { row, counts, changes } = await findImport(sql, id)
  return toPreview(row, counts, changes)
}

/**
 * Writes exactly the previewed changes in one transaction, keeping what they replaced as the
 * previous version. Refused (409) once applied, or when the catalog moved on since the preview.
 */
export async function applyImport(sql: Sql, id: string, actorId: string, now: Date) {
  return inTransaction(sql, async () => {
    const { row, counts, changes } = await findImport(sql, id)
    if (row.applied_at !== null) {
      throw new ApiError(409, 'CATALOG_PREVIEW_APPLIED', '这次导入已经确认过了，无需重复确认')
    }
    if (changes.length === 0) {
      throw new ApiError(
        400,
        'CATALOG_NOTHING_TO_APPLY',
        '实施清单与当前事项完全一致，没有需要写入的变动',
      )
    }
    // Holds the version row until commit: a concurrent apply waits here, then finds it moved on.
    const held = await sql
      .updateTable('catalog_version')
      .set((eb) => ({ version: eb.ref('version') }))
      .where('version', '=', row.base_version)
      .executeTakeFirst()
    if (Number(held.numUpdatedRows) !== 1) throw stale()
    const claimed = await sql
      .updateTable('catalog_imports')
      .set({ applied_at: now.toISOString() })
      .where('id', '=', id)
      .where('applied_at', 'is', null)
      .executeTakeFirst()
    if (Number(claimed.numUpdatedRows) !== 1) {
      throw new ApiError(409, 'CATALOG_PREVIEW_APPLIED', '这次导入已经确认过了，无需重复确认')
    }
    const replacedIds = changes.flatMap((c) => (c.itemId === null ? [] : [c.itemId]))
    const createdIds = changes.flatMap((c) => (c.itemId === null ? [newItemId(c.code)] : []))
    const snapshotId = randomUUID()
    await sql
      .insertInto('catalog_snapshots')
      .values({
        id: snapshotId,
        import_id: id,
        rows_json: JSON.stringify(await snapshotRows(sql, replacedIds, createdIds)),
        created_at: now.toISOString(),
      })
      .execute()
    const before = await loadCurrent(sql, replacedIds)
    const today = beijingDate(now)
    for (const change of changes) {
      const itemId = change.itemId ?? newItemId(change.code)
      await writeRecord(sql, itemId, before.get(change.code)?.record ?? null, change.record, today)
    }
    await takeOver(sql, actorId, now.toISOString())
    await recordChange(sql, {
      actorId,
      action: 'catalog.imported',
      target: { kind: 'catalog_import', id },
      summary: `导入实施清单“${row.file_name}”：新增${counts.new}项，变更${counts.changed}项，废止${counts.retired}项`,
      before: { version: row.base_version },
      after: {
        new: changes.filter((c) => c.kind === 'new').map((c) => c.code),
        changed: changes.filter((c) => c.kind === 'changed').map((c) => c.code),
        retired: changes.filter((c) => c.kind === 'retired').map((c) => c.code),
        snapshotId,
      },
      at: now.toISOString(),
    })
    return { snapshotId, new: counts.new, changed: counts.changed, retired: counts.retired }
  })
}

export async function listSnapshots(sql: Sql) {
  const rows = await sql
    .selectFrom('catalog_snapshots as s')
    .innerJoin('catalog_imports as i', 'i.id', 's.import_id')
    .select(['s.id', 'i.file_name', 's.created_at', 's.restored_at', 'i.summary_json'])
    .orderBy('s.created_at', 'desc')
    .limit(20)
    .execute()
  return rows.map((r) => {
    const counts = z.parse(Counts, JSON.parse(r.summary_json))
    return {
      id: r.id,
      fileName: r.file_name,
      createdAt: r.created_at,
      restoredAt: r.restored_at,
      items: counts.new + counts.changed + counts.retired,
    }
  })
}

/** Puts back the items one apply replaced and removes those it added. */
export async function restoreSnapshot(sql: Sql, id: string, actorId: string, now: Date) {
  return inTransaction(sql, async () => {
    const snapshot = await sql
      .selectFrom('catalog_snapshots')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    if (!snapshot) throw notFound('没有找到这个历史版本，请刷新后重试')
    const rows = JSON.parse(snapshot.rows_json) as ItemRows
    if (rows.created.length > 0) {
      const inBundle = await sql
        .selectFrom('catalog_bundle_items as bi')
        .innerJoin('catalog_items as i', 'i.id', 'bi.item_id')
        .select('i.name')
        .where('bi.item_id', 'in', rows.created)
        .executeTakeFirst()
      if (inBundle) {
        throw new ApiError(
          409,
          'CATALOG_RESTORE_BLOCKED',
          `“${inBundle.name}”是这次导入新增的，已加入“一件事”，请先在“一件事”中移除后再恢复`,
        )
      }
    }
    const claimed = await sql
      .updateTable('catalog_snapshots')
      .set({ restored_at: now.toISOString() })
      .where('id', '=', id)
      .where('restored_at', 'is', null)
      .executeTakeFirst()
    if (Number(claimed.numUpdatedRows) !== 1) {
      throw new ApiError(409, 'CATALOG_SNAPSHOT_RESTORED', '这个版本已经恢复过了，请刷新页面')
    }
    await restoreRows(sql, rows)
    await takeOver(sql, actorId, now.toISOString())
    const count = rows.items.length + rows.created.length
    await recordChange(sql, {
      actorId,
      action: 'catalog.restored',
      target: { kind: 'catalog_snapshot', id },
      summary: `恢复导入前的版本：还原${rows.items.length}项，移除新增${rows.created.length}项`,
      before: null,
      after: { restored: rows.items.map((i) => i.code), removed: rows.created },
      at: now.toISOString(),
    })
    return { items: count }
  })
}
