import type { Plan, PlanKind } from '../../../src/services/contract'

const KIND_NAME: Record<PlanKind, string> = {
  home: '家庭宽带',
  line: '企业专线',
  bundle: '融合套餐',
}

type PlanSeed = Omit<Plan, 'kindName' | 'firstYearYuan' | 'sample'>

/** Sample offers of the three operators' 政务服务中心 windows: prices are indicative only. */
const SEED: readonly PlanSeed[] = [
  {
    id: 'unicom-home-300',
    operatorName: '中国联通',
    kind: 'home',
    name: '联通300M宽带',
    bandwidthMbps: 300,
    monthlyYuan: 59,
    contractMonths: 12,
    installFeeYuan: 100,
    extras: ['光猫'],
  },
  {
    id: 'mobile-home-300',
    operatorName: '中国移动',
    kind: 'home',
    name: '移动300M宽带',
    bandwidthMbps: 300,
    monthlyYuan: 50,
    contractMonths: 24,
    installFeeYuan: 0,
    extras: ['光猫', '魔百和电视'],
  },
  {
    id: 'telecom-home-500',
    operatorName: '中国电信',
    kind: 'home',
    name: '电信500M宽带',
    bandwidthMbps: 500,
    monthlyYuan: 79,
    contractMonths: 12,
    installFeeYuan: 100,
    extras: ['千兆路由器'],
  },
  {
    id: 'unicom-line-100',
    operatorName: '中国联通',
    kind: 'line',
    name: '联通100M互联网专线',
    bandwidthMbps: 100,
    monthlyYuan: 1200,
    contractMonths: 12,
    installFeeYuan: 1000,
    extras: ['固定公网IP 1个', '7×24小时报障'],
  },
  {
    id: 'mobile-line-100',
    operatorName: '中国移动',
    kind: 'line',
    name: '移动100M互联网专线',
    bandwidthMbps: 100,
    monthlyYuan: 1100,
    contractMonths: 12,
    installFeeYuan: 1500,
    extras: ['固定公网IP 1个'],
  },
  {
    id: 'telecom-line-200',
    operatorName: '中国电信',
    kind: 'line',
    name: '电信200M互联网专线',
    bandwidthMbps: 200,
    monthlyYuan: 1800,
    contractMonths: 12,
    installFeeYuan: 0,
    extras: ['固定公网IP 4个', '4小时上门'],
  },
  {
    id: 'unicom-bundle-129',
    operatorName: '中国联通',
    kind: 'bundle',
    name: '联通融合129元',
    bandwidthMbps: 500,
    monthlyYuan: 129,
    contractMonths: 24,
    installFeeYuan: 0,
    extras: ['手机30GB流量', '通话500分钟', '副卡2张'],
  },
  {
    id: 'mobile-bundle-128',
    operatorName: '中国移动',
    kind: 'bundle',
    name: '移动融合128元',
    bandwidthMbps: 300,
    monthlyYuan: 128,
    contractMonths: 24,
    installFeeYuan: 0,
    extras: ['手机40GB流量', '通话300分钟', '魔百和电视'],
  },
  {
    id: 'telecom-bundle-139',
    operatorName: '中国电信',
    kind: 'bundle',
    name: '电信融合139元',
    bandwidthMbps: 1000,
    monthlyYuan: 139,
    contractMonths: 24,
    installFeeYuan: 0,
    extras: ['手机30GB流量', '通话600分钟', '天翼云盘'],
  },
]

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
