import type { LoanProduct } from '../../../src/services/contract'

export const BANKS = {
  'abc-qingshan': '中国农业银行包头青山支行',
  'hx-baotou': '华夏银行包头分行',
} as const
export type BankId = keyof typeof BANKS

const BASIC_MATERIALS = ['营业执照', '法定代表人居民身份证', '近一年财务报表或纳税申报表']

/** Sample products of the 政银合作 banks: ranges are indicative, the bank's approval decides. */
export const PRODUCTS: readonly (LoanProduct & { bankId: BankId })[] = [
  {
    id: 'abc-startup-guarantee',
    bankId: 'abc-qingshan',
    bank: BANKS['abc-qingshan'],
    name: '小微企业创业担保贷款',
    kind: 'guarantee',
    kindName: '创业担保贷款',
    amountMin: 10,
    amountMax: 400,
    rateText: '不高于LPR加150个基点，财政按规定贴息',
    termText: '最长2年',
    conditions: [
      '当年新招用符合条件人员达到现有在职职工的15%（超过100人的企业达到8%），并签订1年以上劳动合同',
      '无拖欠职工工资、欠缴社会保险费等严重违法违规信用记录',
      '近两年无贷款逾期',
    ],
    materials: [...BASIC_MATERIALS, '新招用人员名单及劳动合同', '社会保险缴费证明'],
    minGrade: 'C',
  },
  {
    id: 'abc-tax-credit',
    bankId: 'abc-qingshan',
    bank: BANKS['abc-qingshan'],
    name: '小微企业纳税信用贷',
    kind: 'credit',
    kindName: '信用贷',
    amountMin: 10,
    amountMax: 300,
    rateText: '年化约3.3%–4.5%',
    termText: '1年，可随借随还',
    conditions: ['纳税信用等级A、B或M级', '正常经营满2年', '近两年无多次逾期'],
    materials: [...BASIC_MATERIALS, '近两年纳税证明'],
    minGrade: 'B',
  },
  {
    id: 'hx-property-mortgage',
    bankId: 'hx-baotou',
    bank: BANKS['hx-baotou'],
    name: '小微企业房产抵押贷',
    kind: 'mortgage',
    kindName: '抵押贷',
    amountMin: 50,
    amountMax: 1000,
    rateText: '年化约3.5%–5.0%',
    termText: '最长5年',
    conditions: ['以企业或实际控制人名下房产抵押', '抵押率一般不超过评估价值的70%'],
    materials: [...BASIC_MATERIALS, '不动产权证书', '抵押人及共有人同意抵押的书面意见'],
    minGrade: 'C',
  },
  {
    id: 'hx-tech-credit',
    bankId: 'hx-baotou',
    bank: BANKS['hx-baotou'],
    name: '科技型企业信用贷',
    kind: 'credit',
    kindName: '信用贷',
    amountMin: 50,
    amountMax: 500,
    rateText: '年化约3.2%–4.2%',
    termText: '1–3年',
    conditions: ['高新技术企业或专精特新中小企业', '近两年无多次逾期'],
    materials: [...BASIC_MATERIALS, '高新技术企业证书或专精特新认定文件', '知识产权证书'],
    minGrade: 'B',
  },
]

export const productById = (id: string) => PRODUCTS.find((p) => p.id === id)

export function toWireProduct({
  bankId: _bankId,
  ...product
}: (typeof PRODUCTS)[number]): LoanProduct {
  return product
}
