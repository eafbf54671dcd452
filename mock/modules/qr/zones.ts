/**
 * The service zones of 包头日报 2025-12-25 with the codes on their 一码通 wall. Guides are named by
 * catalog item id; a wall also carries the hall's 取号 code and, at the mall points, the
 * “扫码享政务礼包” campaign.
 */
export interface ZoneSeed {
  id: string
  name: string
  pointId: string
  description: string
  codes: { kind: 'guide' | 'queue' | 'campaign'; target: string; title: string }[]
}

export interface CampaignSeed {
  id: string
  title: string
  description: string
  benefits: string[]
}

export const GIFT_CAMPAIGN: CampaignSeed = {
  id: 'gift-2026',
  title: '扫码享政务礼包',
  description:
    '在万达广场、正翔商圈政务便民服务点扫码，即可领取政务礼包，凭领取记录在服务点或政务服务中心窗口使用。',
  benefits: [
    '办事材料免费复印、打印（10页以内）',
    '办件结果免费邮寄到家1次',
    '新办企业免费刻制公章一套',
    '企业服务专员一对一政策解读1次',
  ],
}

const guide = (target: string, title: string) => ({ kind: 'guide' as const, target, title })
const queue = (target: string, title: string) => ({ kind: 'queue' as const, target, title })
const gift = { kind: 'campaign' as const, target: GIFT_CAMPAIGN.id, title: GIFT_CAMPAIGN.title }

const mallCodes = (pointId: string) => [
  guide('social-record-query', '社保查询打印'),
  guide('market-individual-setup', '个体工商户设立登记'),
  guide('market-change', '企业变更登记'),
  guide('market-annual-report', '执照年检（年度报告）'),
  queue(pointId, '服务点取号'),
  gift,
]

export const ZONES: readonly ZoneSeed[] = [
  {
    id: 'enterprise',
    name: '企业智惠服务专区',
    pointId: 'sp-qs-center',
    description:
      '整合市场监管、税务、金融等23个部门资源，提供金融法律、商务洽谈、帮办代办、政策咨询、企业开办、投诉调解“一站式、全链条”服务；扫码即可获取精准办事指南。',
    codes: [
      guide('market-llc-setup', '企业开办'),
      guide('market-change', '企业变更登记'),
      guide('tax-new-taxpayer', '新办纳税人套餐'),
      guide('tax-invoice-first', '发票领用'),
      guide('police-seal-engraving', '公章刻制备案'),
      guide('social-unit-registration', '单位社保参保'),
      guide('medical-unit-registration', '单位医保参保'),
      guide('hrss-employment-registration', '就业登记'),
      queue('sp-qs-center', '政务服务中心取号'),
    ],
  },
  {
    id: 'bank',
    name: '政银合作服务专区',
    pointId: 'sp-qs-bank-abc',
    description:
      '与农业银行青山支行、华夏银行包头分行合作，企业开户、税务登记、融资咨询一站式办理；95项高频政务服务事项延伸至银行网点。',
    codes: [
      guide('market-llc-setup', '企业开办'),
      guide('tax-new-taxpayer', '新办纳税人套餐'),
      guide('social-record-query', '社保查询打印'),
      guide('fund-withdraw-purchase', '公积金提取'),
      queue('sp-qs-bank-abc', '农行青山支行取号'),
    ],
  },
  {
    id: 'mall-wanda',
    name: '万达广场政务便民服务点',
    pointId: 'sp-qs-mall-wanda',
    description:
      '配备自助办理终端和专职导办人员，就近办理社保查询、市场主体设立登记、变更等高频业务；商户专属绿色通道提供执照年检、政策兑现在线预审。',
    codes: mallCodes('sp-qs-mall-wanda'),
  },
  {
    id: 'mall-zhengxiang',
    name: '正翔商圈政务便民服务点',
    pointId: 'sp-qs-mall-zhengxiang',
    description:
      '商圈里的政务服务：社保查询、个体工商户登记、企业变更就近办，商户专属绿色通道，扫码享政务礼包。',
    codes: mallCodes('sp-qs-mall-zhengxiang'),
  },
]
