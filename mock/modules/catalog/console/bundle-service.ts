import { beijingDate, type ConsoleBundle } from '../../../../src/services/contract'
import { inTransaction, type Sql } from '../../../db/engine'
import { ApiError, notFound } from '../../../http/errors'
import { recordChange } from '../../admin/audit-repository'
import { takeOver } from './state'

export interface BundleEdit {
  name: string
  description: string
  itemIds: string[]
  promisedDays: number
  visits: number
}

const invalid = (message: string) => new ApiError(422, 'CATALOG_BUNDLE_INVALID', message)

export async function listConsoleBundles(sql: Sql, now: Date): Promise<ConsoleBundle[]> {
  const today = beijingDate(now)
  const [bundles, members] = await Promise.all([
    sql.selectFrom('catalog_bundles').selectAll().orderBy('sort_order').execute(),
    sql
      .selectFrom('catalog_bundle_items as bi')
      .innerJoin('catalog_items as i', 'i.id', 'bi.item_id')
      .select([
        'bi.bundle_id',
        'i.id',
        'i.code',
        'i.name',
        'i.retired_on',
        'i.promised_days',
        'i.visits',
      ])
      .orderBy('bi.bundle_id')
      .orderBy('bi.position')
      .execute(),
  ])
  return bundles.map((b) => {
    const items = members.filter((m) => m.bundle_id === b.id)
    return {
      id: b.id,
      name: b.name,
      description: b.description,
      items: items.map((m) => ({
        id: m.id,
        code: m.code,
        name: m.name,
        retired: m.retired_on !== null && m.retired_on <= today,
      })),
      promisedDays: b.promised_days,
      visits: b.visits,
      separateDays: items.reduce((sum, m) => sum + m.promised_days, 0),
      separateVisits: items.reduce((sum, m) => sum + m.visits, 0),
    }
  })
}

/** The rules a bundle must meet beyond its shape: real, distinct, current items; it must save. */
export function bundleProblem(
  edit: BundleEdit,
  items: readonly {
    id: string
    name: string
    retired_on: string | null
    promised_days: number
    visits: number
  }[],
): string | null {
  if (new Set(edit.itemIds).size !== edit.itemIds.length)
    return '同一事项只能加入一次，请删除重复的事项'
  const byId = new Map(items.map((i) => [i.id, i]))
  const missing = edit.itemIds.find((id) => !byId.has(id))
  if (missing) return `事项“${missing}”不存在，请从事项列表中选择`
  const retired = items.find((i) => i.retired_on !== null)
  if (retired) return `“${retired.name}”已废止或将废止，不能加入一件事`
  const separate = items.reduce((sum, i) => sum + i.promised_days, 0)
  if (edit.promisedDays > separate) {
    return `一件事承诺时限（${edit.promisedDays}个工作日）不能长于各事项分别办理之和（${separate}个工作日）`
  }
  const visits = items.reduce((sum, i) => sum + i.visits, 0)
  if (edit.visits > visits) {
    return `一件事跑动次数（${edit.visits}次）不能多于各事项分别办理之和（${visits}次）`
  }
  return null
}

export async function saveBundle(
  sql: Sql,
  input: { id: string; edit: BundleEdit; actorId: string; now: Date },
): Promise<ConsoleBundle> {
  const { edit } = input
  await inTransaction(sql, async () => {
    const bundle = await sql
      .selectFrom('catalog_bundles')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst()
    if (!bundle) throw notFound('没有找到这个一件事，请刷新后重试')
    const items = await sql
      .selectFrom('catalog_items')
      .select(['id', 'name', 'retired_on', 'promised_days', 'visits'])
      .where('id', 'in', edit.itemIds)
      .execute()
    const problem = bundleProblem(edit, items)
    if (problem) throw invalid(problem)
    const beforeItems = await sql
      .selectFrom('catalog_bundle_items')
      .select('item_id')
      .where('bundle_id', '=', input.id)
      .orderBy('position')
      .execute()
    await sql
      .updateTable('catalog_bundles')
      .set({
        name: edit.name,
        description: edit.description,
        promised_days: edit.promisedDays,
        visits: edit.visits,
      })
      .where('id', '=', input.id)
      .execute()
    await sql.deleteFrom('catalog_bundle_items').where('bundle_id', '=', input.id).execute()
    await sql
      .insertInto('catalog_bundle_items')
      .values(
        edit.itemIds.map((itemId, position) => ({
          bundle_id: input.id,
          position,
          item_id: itemId,
        })),
      )
      .execute()
    await takeOver(sql, input.actorId, input.now.toISOString())
    await recordChange(sql, {
      actorId: input.actorId,
      action: 'catalog.bundle_edited',
      target: { kind: 'catalog_bundle', id: input.id },
      summary: `修改一件事“${edit.name}”`,
      before: {
        name: bundle.name,
        description: bundle.description,
        itemIds: beforeItems.map((i) => i.item_id),
        promisedDays: bundle.promised_days,
        visits: bundle.visits,
      },
      after: { ...edit },
      at: input.now.toISOString(),
    })
  })
  const saved = (await listConsoleBundles(sql, input.now)).find((b) => b.id === input.id)
  if (!saved) throw notFound('没有找到这个一件事，请刷新后重试')
  return saved
}
