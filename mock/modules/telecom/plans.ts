import * as z from 'zod/mini'
import { Plan, type PlanKind } from '../../../src/services/contract'
import { parseReference, provenance } from '../reference-data'
import file from './plan-offers.json'

const KIND_NAME: Record<PlanKind, string> = {
  home: '家庭宽带',
  line: '企业专线',
  bundle: '融合套餐',
}

const PlanOffersFile = z.object({
  ...provenance,
  plans: z.array(z.omit(Plan, { kindName: true, firstYearYuan: true, sample: true })),
})

/** Sample offers of the three operators' 政务服务中心 windows (plan-offers.json): prices are indicative only. */
const SEED = parseReference('telecom/plan-offers.json', PlanOffersFile, file).plans

export const PLANS: readonly Plan[] = SEED.map((p) => ({
  ...p,
  kindName: KIND_NAME[p.kind],
  firstYearYuan: p.monthlyYuan * 12 + p.installFeeYuan,
  // Every price here is indicative until the operators' windows publish theirs.
  sample: true,
}))

/** Cheapest first year first, then more bandwidth. */
export function plansOf(kind: PlanKind | undefined): Plan[] {
  return PLANS.filter((p) => kind === undefined || p.kind === kind).sort(
    (a, b) => a.firstYearYuan - b.firstYearYuan || b.bandwidthMbps - a.bandwidthMbps,
  )
}
