import {
  CREDIT_YEARS_TEXT,
  type ApplicationStatus,
  type CreditRequest,
  type LoanProduct,
} from '../../services/contract'

export interface CreditQuestion {
  id: keyof CreditRequest
  label: string
  choices: { value: string; label: string }[]
}

export const CREDIT_QUESTIONS: readonly CreditQuestion[] = [
  {
    id: 'years',
    label: '成立年限',
    choices: Object.entries(CREDIT_YEARS_TEXT).map(([value, label]) => ({ value, label })),
  },
  {
    id: 'revenue',
    label: '上年营业收入',
    choices: [
      { value: 'lt100', label: '100万元以下' },
      { value: '100to500', label: '100万至500万元' },
      { value: '500to2000', label: '500万至2000万元' },
      { value: 'gt2000', label: '2000万元以上' },
    ],
  },
  {
    id: 'taxRating',
    label: '纳税信用等级',
    choices: [
      { value: 'A', label: 'A级' },
      { value: 'B', label: 'B级' },
      { value: 'M', label: 'M级（新设立企业）' },
      { value: 'C', label: 'C级' },
      { value: 'D', label: 'D级' },
      { value: 'none', label: '未参加评价或不清楚' },
    ],
  },
  {
    id: 'overdue',
    label: '近两年逾期记录',
    choices: [
      { value: 'none', label: '没有逾期' },
      { value: 'once', label: '逾期过1次' },
      { value: 'repeated', label: '逾期过多次' },
    ],
  },
  {
    id: 'collateral',
    label: '是否有可抵押的房产',
    choices: [
      { value: 'yes', label: '有' },
      { value: 'no', label: '没有' },
    ],
  },
  {
    id: 'qualification',
    label: '企业资质',
    choices: [
      { value: 'none', label: '无' },
      { value: 'high_tech', label: '高新技术企业' },
      { value: 'specialized', label: '专精特新中小企业' },
    ],
  },
]

export const EMPTY_CREDIT: Record<keyof CreditRequest, string> = {
  years: '',
  revenue: '',
  taxRating: '',
  overdue: '',
  collateral: '',
  qualification: '',
}

export function amountRange(product: Pick<LoanProduct, 'amountMin' | 'amountMax'>): string {
  return `${product.amountMin}万–${product.amountMax}万元`
}

export const STATUS_MARK: Record<ApplicationStatus, string> = {
  submitted: '…',
  accepted: '✓',
  declined: '✗',
}

/** 3 steps: 提交 → 银行受理 → 结果; a declined application ends at step 3 with ✗. */
export function progressSteps(status: ApplicationStatus): { label: string; done: boolean }[] {
  return [
    { label: '已提交申请', done: true },
    { label: '银行审核中', done: status !== 'submitted' },
    {
      label: status === 'declined' ? '未予受理' : '已受理，客户经理联系',
      done: status !== 'submitted',
    },
  ]
}
