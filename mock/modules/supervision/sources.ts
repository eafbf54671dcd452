import { compiledPerDatabase } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'
import { perCatalogVersion } from './catalog-reads'
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

const itemsQuery = compiledPerDatabase((sql) =>
  sql.selectFrom('catalog_items').select(['id', 'name', 'department', 'visits', 'legal_days']),
)
const bundlesQuery = compiledPerDatabase((sql) =>
  sql
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
    .groupBy(['b.id', 'b.name', 'b.visits']),
)

/** The facts of every item and bundle of the catalog, by `sourceKey`, per catalog version. */
const catalogFacts = perCatalogVersion(async (sql): Promise<Map<SourceKey, SourceFacts>> => {
  const facts = new Map<SourceKey, SourceFacts>()
  for (const row of (await sql.executeQuery(itemsQuery(sql))).rows) {
    facts.set(sourceKey('item', row.id), {
      name: row.name,
      department: row.department,
      visits: row.visits,
      separateVisits: row.visits,
      legalDays: row.legal_days,
    })
  }
  for (const row of (await sql.executeQuery(bundlesQuery(sql))).rows) {
    facts.set(sourceKey('bundle', row.id), {
      name: row.name,
      department: BUNDLE_DEPARTMENT,
      visits: row.visits,
      separateVisits: num(row.separate_visits),
      legalDays: num(row.with_legal) === num(row.members) ? num(row.legal_days) : null,
    })
  }
  return facts
})

/** Facts of the items and bundles named, by `sourceKey`; unknown ones (retired) are left out. */
export async function sourceFacts(
  sql: Sql,
  refs: readonly { kind: 'item' | 'bundle'; id: string }[],
): Promise<Map<SourceKey, SourceFacts>> {
  const facts = new Map<SourceKey, SourceFacts>()
  if (refs.length === 0) return facts
  const all = await catalogFacts(sql)
  for (const ref of refs) {
    const key = sourceKey(ref.kind, ref.id)
    const fact = all.get(key)
    if (fact) facts.set(key, fact)
  }
  return facts
}
