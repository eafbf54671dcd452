import type { SupervisionScans } from '../../../src/services/contract'
import { arg, compiledPerDatabase } from '../../db/compiled-once'
import type { Sql } from '../../db/engine'
import type { Window } from './range'
import { demoCount, num } from './sql-parts'

export const NO_ZONE = '专区外的官方码（含启用分区统计前的扫码）'

// Built and compiled once per database; run with the window's instants.
const scannedQuery = compiledPerDatabase((sql) =>
  sql
    .selectFrom('qr_scans')
    .select((eb) => [
      'official',
      'zone_id',
      eb.fn.countAll<string | number>().as('n'),
      demoCount().as('demo'),
    ])
    .where('at', '>=', arg(0))
    .where('at', '<', arg(1))
    .groupBy(['official', 'zone_id']),
)
const zonesQuery = compiledPerDatabase((sql) =>
  sql.selectFrom('qr_zones').select(['id', 'name', 'sort_order']),
)

/** 一码通 scans in the window by the zone of the district code scanned; refusals apart. */
export async function scanStats(sql: Sql, window: Window): Promise<SupervisionScans> {
  const groups = (await sql.executeQuery(scannedQuery(sql, window.fromIso, window.toIso))).rows
  const zones = [...(await sql.executeQuery(zonesQuery(sql))).rows]
  const counts = new Map<string | null, number>()
  let refused = 0
  let demoRecords = 0
  for (const g of groups) {
    demoRecords += num(g.demo)
    if (g.official !== 1) refused += num(g.n)
    else counts.set(g.zone_id, (counts.get(g.zone_id) ?? 0) + num(g.n))
  }
  const known = new Set(zones.map((z) => z.id))
  const unzoned = [...counts].reduce(
    (sum, [id, n]) => (id !== null && known.has(id) ? sum : sum + n),
    0,
  )
  const rows = zones
    .sort((a, b) => a.sort_order - b.sort_order)
    .map((z) => ({ zoneId: z.id as string | null, name: z.name, count: counts.get(z.id) ?? 0 }))
  if (unzoned > 0) rows.push({ zoneId: null, name: NO_ZONE, count: unzoned })
  return {
    demoRecords,
    total: rows.reduce((sum, r) => sum + r.count, 0) + refused,
    zones: rows,
    refused,
  }
}
