import type {
  CreditGrade,
  CreditRequest,
  CreditResult,
  LoanProduct,
} from '../../../src/services/contract'

type Rule = { [K in keyof CreditRequest]: Partial<Record<CreditRequest[K], [number, string]>> }

/** Points per answer, from a base of 60; 0-point answers are not listed as factors. */
const RULES: Rule = {
  years: {
    lt1: [-10, '成立不满1年，经营记录较短'],
    '3to5': [5, '成立3至5年，经营较稳定'],
    gt5: [10, '成立超过5年，经营稳定'],
  },
  revenue: {
    lt100: [-5, '上年营业收入不足100万元'],
    '500to2000': [10, '上年营业收入500万至2000万元'],
    gt2000: [15, '上年营业收入超过2000万元'],
  },
  taxRating: {
    A: [15, '纳税信用A级'],
    B: [8, '纳税信用B级'],
    C: [-10, '纳税信用C级'],
    D: [-25, '纳税信用D级，银行一般不予授信'],
    none: [-5, '尚未参加纳税信用评价'],
  },
  overdue: {
    none: [5, '近两年无逾期记录'],
    once: [-10, '近两年有1次逾期'],
    repeated: [-30, '近两年多次逾期'],
  },
  collateral: { yes: [5, '有可抵押的房产'] },
  qualification: {
    high_tech: [8, '高新技术企业'],
    specialized: [10, '专精特新中小企业'],
  },
}

const GRADE_TEXT: Record<CreditGrade, string> = {
  A: 'A级：信用良好，可优先选择信用贷',
  B: 'B级：信用较好，多数产品可申请',
  C: 'C级：建议选择担保或抵押类产品',
  D: 'D级：暂不建议申请，先改善纳税信用和还款记录',
}

export const GRADE_ORDER: readonly CreditGrade[] = ['D', 'C', 'B', 'A']
export const atLeast = (grade: CreditGrade, min: CreditGrade) =>
  GRADE_ORDER.indexOf(grade) >= GRADE_ORDER.indexOf(min)

export function gradeOf(score: number): CreditGrade {
  if (score >= 85) return 'A'
  if (score >= 70) return 'B'
  if (score >= 55) return 'C'
  return 'D'
}

/** Why a product does (not) fit; the first unmet condition is the reason. */
function fit(product: LoanProduct, grade: CreditGrade, answers: CreditRequest): string | null {
  if (!atLeast(grade, product.minGrade)) return `需自评${product.minGrade}级及以上`
  if (product.kind === 'mortgage' && answers.collateral !== 'yes') return '需要可抵押的房产'
  if (product.kind === 'guarantee' && answers.overdue !== 'none') return '要求近两年无贷款逾期'
  if (product.id === 'abc-tax-credit') {
    if (!['A', 'B', 'M'].includes(answers.taxRating)) return '要求纳税信用等级A、B或M级'
    if (answers.years === 'lt1' || answers.years === '1to3') return '要求正常经营满2年'
  }
  if (product.id === 'hx-tech-credit' && answers.qualification === 'none')
    return '仅面向高新技术企业或专精特新中小企业'
  return null
}

/** `products`: those on shelf now, as the mini program lists them. */
export function assessCredit(
  answers: CreditRequest,
  products: readonly LoanProduct[],
): CreditResult {
  const factors = (Object.keys(RULES) as (keyof CreditRequest)[]).flatMap((key) => {
    const rule = (RULES[key] as Record<string, [number, string] | undefined>)[answers[key]]
    return rule
      ? [
          {
            text: rule[1],
            effect: rule[0] > 0 ? ('up' as const) : ('down' as const),
            points: rule[0],
          },
        ]
      : []
  })
  const score = Math.max(0, Math.min(100, 60 + factors.reduce((s, f) => s + f.points, 0)))
  const grade = gradeOf(score)
  const matches = products
    .map((product) => {
      const problem = fit(product, grade, answers)
      return { product, eligible: problem === null, reason: problem ?? '符合申请条件' }
    })
    .sort((a, b) => Number(b.eligible) - Number(a.eligible))
  return { score, grade, gradeText: GRADE_TEXT[grade], factors, matches }
}
