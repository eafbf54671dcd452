import { addDays, beijingDate, beijingInstant } from '../../../src/services/contract'
import { handItem, type VideoSeed } from './tutorials'
import { catalogSeed } from '../catalog/data'

export interface LiveSeed {
  id: string
  title: string
  topic: string
  hostDepartment: string
  /** Days from the server's today (Asia/Shanghai) and the local start; null: on air now. */
  day: number
  at: string | null
  durationMin: number
  /** The chapters of its replay, each a guide the broadcast explained. */
  replay: [string, string][]
}

/** The 政务+直播 timetable around “today”: one on air, some ahead, the rest with replays. */
export const LIVE_SCHEDULE: readonly LiveSeed[] = [
  {
    id: 'live-medical-remote',
    title: '医保直播间：异地就医备案与门诊慢特病',
    topic: '异地就医怎么备案、慢特病怎么认定、垫付的费用怎么报销，由医保窗口工作人员讲解',
    hostDepartment: '青山区医疗保障局',
    day: 0,
    at: null,
    durationMin: 60,
    replay: [
      ['长期在外居住的备案', 'medical-remote-filing-long-term'],
      ['门诊慢特病待遇认定', 'medical-chronic-disease'],
      ['先垫付的费用怎么报销', 'medical-manual-reimbursement'],
    ],
  },
  {
    id: 'live-annual-report',
    title: '企业年报申报直播：跟着主播半小时填完',
    topic: '年度报告公示逐项演示，资产、社保、股东信息怎么填，填错了怎么更正',
    hostDepartment: '青山区市场监督管理局',
    day: 1,
    at: '15:00',
    durationMin: 60,
    replay: [
      ['年报登录与基本信息', 'market-annual-report'],
      ['纳税人信息核对', 'tax-info-change'],
      ['营业执照信息有变的先变更', 'market-change'],
    ],
  },
  {
    id: 'live-hukou',
    title: '公安户政直播：新生儿落户、居住证、身份证',
    topic: '包头市公安局青山区分局户政民警讲解出生登记、居住证申领和身份证换领补领',
    hostDepartment: '包头市公安局青山区分局',
    day: 2,
    at: '10:00',
    durationMin: 60,
    replay: [
      ['新生儿出生登记', 'police-birth-registration'],
      ['居住证申领', 'police-residence-permit'],
      ['身份证换领、补领', 'police-id-card'],
    ],
  },
  {
    id: 'live-telecom',
    title: '通信服务进专区：宽带、专线和套餐怎么选',
    topic: '联通、移动、电信三家运营商同场讲解家庭宽带、企业专线和携号转网',
    hostDepartment: '通信运营商（联通·移动·电信）',
    day: 4,
    at: '15:00',
    durationMin: 60,
    replay: [
      ['家庭宽带新装', 'telecom-broadband-new'],
      ['企业互联网专线', 'telecom-dedicated-line'],
      ['携号转网', 'telecom-number-porting'],
    ],
  },
  {
    id: 'live-small-tax',
    title: '小微企业税费优惠政策解读',
    topic: '新办纳税人套餐、数电发票额度和一般纳税人登记，税务干部讲透小微优惠',
    hostDepartment: '国家税务总局包头市青山区税务局',
    day: 7,
    at: '10:00',
    durationMin: 60,
    replay: [
      ['新办纳税人信息确认', 'tax-new-taxpayer'],
      ['数电发票开票额度', 'tax-invoice-first'],
      ['一般纳税人登记', 'tax-general-taxpayer'],
    ],
  },
  {
    id: 'live-enterprise-setup',
    title: '企业开办一件事：执照、公章、发票一次领',
    topic: '企业智惠服务专区现场直播，一张表办完设立登记、公章刻制、发票领用和银行开户预约',
    hostDepartment: '青山区市场监督管理局',
    day: -1,
    at: '15:00',
    durationMin: 60,
    replay: [
      ['企业开办一件事怎么申请', 'bundle-enterprise-setup'],
      ['设立登记', 'market-llc-setup'],
      ['公章刻制备案', 'police-seal-engraving'],
      ['首次领用发票', 'tax-invoice-first'],
    ],
  },
  {
    id: 'live-retirement',
    title: '退休一件事：养老待遇和医保待遇核定',
    topic: '社保、医保联合直播，讲解正常退休审批、医保退休待遇核定和公积金退休提取',
    hostDepartment: '青山区社会保险事业服务中心',
    day: -3,
    at: '10:00',
    durationMin: 60,
    replay: [
      ['退休一件事怎么申请', 'bundle-retirement'],
      ['正常退休审批', 'social-retirement-approval'],
      ['职工医保退休待遇核定', 'medical-retiree-benefit'],
      ['公积金退休提取', 'fund-withdraw-retirement'],
    ],
  },
  {
    id: 'live-clinic',
    title: '诊所备案一件事直播答疑',
    topic: '医师变更执业地点、护士变更注册、诊所备案三件事一次办，由卫健窗口工作人员讲解',
    hostDepartment: '青山区卫生健康委员会',
    day: -6,
    at: '15:00',
    durationMin: 60,
    replay: [
      ['诊所备案一件事怎么申请', 'bundle-clinic-filing'],
      ['医师变更执业地点', 'health-doctor-change'],
      ['护士变更注册', 'health-nurse-change'],
      ['诊所备案', 'health-clinic-filing'],
    ],
  },
  {
    id: 'live-mortgaged-transfer',
    title: '二手房“带押过户”怎么办',
    topic: '不动产登记中心和合作银行讲解不用先还贷的二手房过户',
    hostDepartment: '包头市不动产登记中心青山区分中心',
    day: -9,
    at: '10:00',
    durationMin: 60,
    replay: [
      ['带押过户一件事', 'bundle-mortgaged-transfer'],
      ['转移登记', 'realty-transfer'],
      ['新的抵押登记', 'realty-mortgage'],
    ],
  },
  {
    id: 'live-unemployment',
    title: '失业了怎么办：失业登记与失业保险金',
    topic: '人社窗口讲解失业登记、失业保险金申领和再就业帮扶',
    hostDepartment: '青山区人力资源和社会保障局',
    day: -13,
    at: '15:00',
    durationMin: 60,
    replay: [
      ['失业登记', 'hrss-unemployment-registration'],
      ['失业保险金申领', 'hrss-unemployment-benefit'],
    ],
  },
]

const bundles = new Map(catalogSeed.bundles.map((b) => [b.id, b]))

function link(id: string) {
  const bundle = bundles.get(id)
  if (bundle) return { kind: 'bundle' as const, id, name: bundle.name }
  const item = handItem(id)
  return { kind: 'item' as const, id, name: item.name }
}

export function replaySeeds(): VideoSeed[] {
  return LIVE_SCHEDULE.map((s) => ({
    id: replayIdOf(s.id),
    kind: 'replay',
    title: `直播回放｜${s.title}`,
    department: s.hostDepartment,
    description: s.topic,
    chapters: s.replay.map(([title, id]) => ({ title, link: link(id) })),
  }))
}

export const replayIdOf = (sessionId: string) => `v-replay-${sessionId.replace(/^live-/, '')}`

/** Where a session of the timetable falls when “now” is `anchor`. */
export function scheduleAt(seed: LiveSeed, anchor: Date): { startsAt: Date; endsAt: Date } {
  const startsAt = (() => {
    if (seed.at === null) return new Date(anchor.getTime() - 20 * 60_000)
    const [h = 0, m = 0] = seed.at.split(':').map(Number)
    const day = addDays(beijingDate(anchor), seed.day)
    return new Date(beijingInstant(day).getTime() + (h * 60 + m) * 60_000)
  })()
  return { startsAt, endsAt: new Date(startsAt.getTime() + seed.durationMin * 60_000) }
}
