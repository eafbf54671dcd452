import type { EnterpriseSize } from '../../../src/services/contract'
import type { Facts } from './types'

/** [large, medium, small] lower bounds; a size needs both staff and revenue (万元) at its bound. */
interface Tier {
  staff: number
  revenue: number
}
type Standard = readonly [Tier, Tier, Tier]

const t = (staff: number, revenue: number): Tier => ({ staff, revenue })

// 《中小企业划型标准规定》（工信部联企业〔2011〕300号）. Sectors measured by assets instead of
// revenue (建筑业, 房地产开发, 租赁和商务服务业) use the staff or revenue bound alone here.
const INDUSTRY: Standard = [t(1000, 40000), t(300, 2000), t(20, 300)]
const BY_DIVISION: Record<string, Standard> = {
  '51': [t(200, 40000), t(20, 5000), t(5, 1000)],
  '52': [t(300, 20000), t(50, 500), t(10, 100)],
  '59': [t(200, 30000), t(100, 1000), t(20, 100)],
  '60': [t(1000, 30000), t(300, 2000), t(20, 100)],
  '61': [t(300, 10000), t(100, 2000), t(10, 100)],
  '62': [t(300, 10000), t(100, 2000), t(10, 100)],
  '63': [t(2000, 100000), t(100, 1000), t(10, 100)],
  '64': [t(2000, 100000), t(100, 1000), t(10, 100)],
  '65': [t(300, 10000), t(100, 1000), t(10, 50)],
  '70': [t(0, 200000), t(0, 1000), t(0, 100)],
  '71': [t(300, 0), t(100, 0), t(10, 0)],
  '72': [t(300, 0), t(100, 0), t(10, 0)],
}
const BY_SECTION: Record<string, Standard> = {
  A: [t(0, 20000), t(0, 500), t(0, 50)],
  B: INDUSTRY,
  C: INDUSTRY,
  D: INDUSTRY,
  E: [t(0, 80000), t(0, 6000), t(0, 300)],
  G: [t(1000, 30000), t(300, 3000), t(20, 200)],
}
const OTHER: Standard = [t(300, 0), t(100, 0), t(10, 0)]

const SIZES: readonly EnterpriseSize[] = ['large', 'medium', 'small']

export function classifySize(facts: Facts): EnterpriseSize | undefined {
  const { division, section, staff, revenue } = facts
  if (division === undefined || section === undefined) return undefined
  const standard = BY_DIVISION[division] ?? BY_SECTION[section] ?? OTHER
  const needsStaff = standard.some((tier) => tier.staff > 0)
  const needsRevenue = standard.some((tier) => tier.revenue > 0)
  if ((needsStaff && staff === undefined) || (needsRevenue && revenue === undefined)) {
    return undefined
  }
  const index = standard.findIndex(
    (tier) => (staff ?? 0) >= tier.staff && (revenue ?? 0) >= tier.revenue,
  )
  return index === -1 ? 'micro' : SIZES[index]
}
