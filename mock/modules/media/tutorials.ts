import { catalogSeed, handItems } from '../catalog/data'
import type { ItemSeed } from '../catalog/data/types'
import { clipFor } from './clips'

export interface ChapterSeed {
  title: string
  link: { kind: 'item' | 'bundle'; id: string; name: string }
}
export interface VideoSeed {
  id: string
  kind: 'tutorial' | 'replay'
  title: string
  department: string
  description: string
  chapters: ChapterSeed[]
}

/** The article (包头日报 2025-12-25) counts 155 short tutorials. */
export const TUTORIAL_COUNT = 155

const byId = new Map(handItems.map((item) => [item.id, item]))
export function handItem(id: string): ItemSeed {
  const found = byId.get(id)
  if (!found) throw new Error(`media seed names an unknown item: ${id}`)
  return found
}
const itemLink = (item: ItemSeed) => ({ kind: 'item' as const, id: item.id, name: item.name })

/** “企业开办（有限责任公司设立登记）” → “企业开办”. */
const shortName = (name: string) => name.replace(/（.*?）/g, '')

const OPENERS = ['手把手教你办', '一看就会', '三分钟看懂', '跟着做就行'] as const

/** Up to five steps of one item's guide, in the order the clip's slides show them. */
function itemChapters(item: ItemSeed, count: number): ChapterSeed[] {
  const name = shortName(item.name)
  const link = itemLink(item)
  const last = item.steps[item.steps.length - 1]
  const faq = item.faqs[0]
  const titles = [
    `${name}：申请条件和要准备的材料`,
    item.online ? '网上填写申请、上传材料' : '填写申请表、预约到窗口提交',
    '提交后怎么查办理进度',
    last
      ? `${last.title}：${item.promisedDays === 0 ? '当场办结' : '领取办理结果'}`
      : '领取办理结果',
    faq ? `常见问题：${faq.q}` : '常见问题解答',
  ]
  return titles.slice(0, count).map((title) => ({ title, link }))
}

function itemTutorial(item: ItemSeed, n: number): VideoSeed {
  const count = 2 + (n % 4)
  return {
    id: `v-${item.id}`,
    kind: 'tutorial',
    title: `${OPENERS[n % OPENERS.length]}｜${item.name}`,
    department: item.department,
    description: `${item.department}窗口工作人员分${count}步演示“${item.name}”的办理：条件、材料、线上申报和结果领取，看完再办少跑腿。`,
    chapters: itemChapters(item, count),
  }
}

function bundleTutorial(bundle: (typeof catalogSeed.bundles)[number]): VideoSeed {
  const members = bundle.itemIds.slice(0, 4).map(handItem)
  return {
    id: `v-${bundle.id}`,
    kind: 'tutorial',
    title: `高效办成一件事｜${bundle.name}`,
    department: members[0]?.department ?? '青山区政务服务中心',
    description: bundle.description,
    chapters: [
      {
        title: `${bundle.name}：一张表、一次交`,
        link: { kind: 'bundle', id: bundle.id, name: bundle.name },
      },
      ...members.map((item, i) => ({ title: `第${i + 1}件：${item.name}`, link: itemLink(item) })),
    ],
  }
}

/** Themed tutorials of the 政务+直播 team: one topic across several items. */
const THEMES: readonly { id: string; title: string; dept: string; steps: [string, string][] }[] = [
  {
    id: 'annual-report',
    title: '企业年报怎么填？逐项演示年度报告公示',
    dept: '青山区市场监督管理局',
    steps: [
      ['登录国家企业信用信息公示系统', 'market-annual-report'],
      ['资产状况、社保信息逐项填写', 'market-annual-report'],
      ['年报填错了怎么更正', 'market-annual-report'],
    ],
  },
  {
    id: 'company-close',
    title: '公司不干了怎么注销：清税到注销登记',
    dept: '青山区市场监督管理局',
    steps: [
      ['先办清税证明', 'tax-clearance'],
      ['符合条件的走简易注销', 'market-simple-cancel'],
      ['一般注销登记要交的材料', 'market-cancel'],
    ],
  },
  {
    id: 'second-hand-house',
    title: '二手房过户：缴契税、办转移登记一次讲清',
    dept: '包头市不动产登记中心青山区分中心',
    steps: [
      ['网签备案后先申报契税', 'tax-deed-tax'],
      ['买卖双方一起申请转移登记', 'realty-transfer'],
      ['有贷款的办抵押登记', 'realty-mortgage'],
      ['还清贷款后注销抵押', 'realty-mortgage-release'],
    ],
  },
  {
    id: 'remote-medical',
    title: '去外地看病前，异地就医备案这样办',
    dept: '青山区医疗保障局',
    steps: [
      ['长期在外居住的备案', 'medical-remote-filing-long-term'],
      ['临时外出就医的备案', 'medical-remote-filing-temporary'],
      ['没备案先垫付的怎么报销', 'medical-manual-reimbursement'],
    ],
  },
  {
    id: 'flexible-worker',
    title: '灵活就业人员：参保、缴费、领补贴',
    dept: '青山区人力资源和社会保障局',
    steps: [
      ['办理灵活就业登记', 'hrss-flexible-employment-registration'],
      ['养老保险参保登记', 'social-flexible-registration'],
      ['按月或按年缴费', 'tax-flexible-insurance-premium'],
      ['符合条件的申领社保补贴', 'hrss-flexible-insurance-subsidy'],
    ],
  },
  {
    id: 'housing-fund',
    title: '公积金提取三种情形：买房、租房、退休',
    dept: '包头市住房公积金管理中心青山区管理部',
    steps: [
      ['购买自住住房提取', 'fund-withdraw-purchase'],
      ['租房提取', 'fund-withdraw-rent'],
      ['退休提取', 'fund-withdraw-retirement'],
    ],
  },
  {
    id: 'social-card',
    title: '社保卡申领、挂失、补换一条龙',
    dept: '青山区人力资源和社会保障局',
    steps: [
      ['首次申领社会保障卡', 'hrss-social-card-apply'],
      ['丢了先挂失再补换', 'hrss-social-card-loss'],
    ],
  },
  {
    id: 'new-employer',
    title: '新公司招第一个员工：就业登记和参保增员',
    dept: '青山区社会保险事业服务中心',
    steps: [
      ['单位参保登记', 'social-unit-registration'],
      ['职工参保登记（增员）', 'social-employee-registration'],
      ['职工医保增员', 'medical-employee-add'],
      ['就业登记', 'hrss-employment-registration'],
    ],
  },
  {
    id: 'broadband',
    title: '家庭宽带新装与移机：三家运营商怎么选',
    dept: '通信运营商（联通·移动·电信）',
    steps: [
      ['先比价再选套餐', 'telecom-price-compare'],
      ['新装宽带预约上门', 'telecom-broadband-new'],
      ['搬家了办宽带移机', 'telecom-broadband-move'],
    ],
  },
]

function themeTutorial(theme: (typeof THEMES)[number]): VideoSeed {
  return {
    id: `v-theme-${theme.id}`,
    kind: 'tutorial',
    title: theme.title,
    department: theme.dept,
    description: `“政务+直播”团队把直播里问得最多的问题剪成的实操短视频：${theme.title}。`,
    chapters: theme.steps.map(([title, id]) => ({ title, link: itemLink(handItem(id)) })),
  }
}

export function tutorialSeeds(): VideoSeed[] {
  // Topics and 一件事 first: they answer the questions asked most in the live sessions.
  const videos = [
    ...THEMES.map(themeTutorial),
    ...catalogSeed.bundles.map(bundleTutorial),
    ...handItems.map(itemTutorial),
  ].slice(0, TUTORIAL_COUNT)
  for (const v of videos) clipFor(v.chapters.length)
  return videos
}
