import type { Sql } from '../../db/engine'
import { num } from './sql-parts'

/** What the catalog says of a case's source (an item or a 一件事), for names and baselines. */
export interface SourceFacts {
  name: string
  department: string
  /** 到现场次数 handled the way the source is handled (an item alone, or the bundle). */
  visits: number
  /** 到现场次数 had each member item been done on its own (= visits for an item). */
  separateVisits: number
  /** 法定时限 in working days: the item's, or the sum of the members' when each states one. */
  legalDays: number | null
}

export const BUNDLE_DEPARTMENT = '一件事综合窗口（多部门联办）'

export type SourceKey = `${'item' | 'bundle'}:${string}`
export const sourceKey = (kind: 'item' | 'bundle', id: string): SourceKey => `${kind}:${id}`

/** Facts of the items and bundles named, by `sourceKey`; unknown ones (retired) are left out. */
export async function sourceFacts(
  sql: Sql,
  refs: readonly { kind: 'item' | 'bundle'; id: string }[],
): Promise<Map<SourceKey, SourceFacts>> {
  const facts = new Map<SourceKey, SourceFacts>()
  const itemIds = [...new Set(refs.filter((r) => r.kind === 'item').map((r) => r.id))]
  const bundleIds = [...new Set(refs.filter((r) => r.kind === 'bundle').map((r) => r.id))]
  for (let i = 0; i < itemIds.length; i += 500) {
    const rows = await sql
      .selectFrom('catalog_items')
      .select(['id', 'name', 'department', 'visits', 'legal_days'])
      .where('id', 'in', itemIds.slice(i, i + 500))
      .execute()
    for (const row of rows) {
      facts.set(sourceKey('item', row.id), {
        name: row.name,
        department: row.department,
        visits: row.visits,
        separateVisits: row.visits,
        legalDays: row.legal_days,
      })
    }
  }
  if (bundleIds.length > 0) {
    const rows = await sql
      .selectFrom('catalog_bundles as b')
      .innerJoin('catalog_bundle_items as bi', 'bi.bundle_id', 'b.id')
      .innerJoin('catalog_items as i', 'i.id', 'bi.item_id')
      .select((eb) => [
        'b.id',
        'b.name',
        'b.visits',
        eb.fn.sum<string | number>('i.visits').as('separate_visits'),
        eb.fn.sum<string | number | null>('i.legal_days').as('legal_days'),
        eb.fn.count<string | number>('i.legal_days').as('with_legal'),
        eb.fn.countAll<string | number>().as('members'),
      ])
      .where('b.id', 'in', bundleIds)
      .groupBy(['b.id', 'b.name', 'b.visits'])
      .execute()
    for (const row of rows) {
      facts.set(sourceKey('bundle', row.id), {
        name: row.name,
        department: BUNDLE_DEPARTMENT,
        visits: row.visits,
        separateVisits: num(row.separate_visits),
        legalDays: num(row.with_legal) === num(row.members) ? num(row.legal_days) : null,
      })
    }
  }
  return facts
}
