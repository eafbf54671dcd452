import * as z from 'zod/mini'
import { clean } from '../zod'
import { parseDate } from '../calendar/days'
import { divisionName } from '../policy/industry'
import {
  NO_QUALIFICATION,
  QINGSHAN_STREETS,
  QUALIFICATIONS,
  TAX_CREDITS,
  YES_NO,
} from '../policy/options'

const blankOr = (ok: (v: string) => boolean) => (v: string) => v === '' || ok(v)

/** A whole number as typed (blank = not filled in yet: policies then say 需补充信息). */
const count = (label: string, max: number, unit: string) =>
  z.string().check(
    clean(),
    z.refine(
      blankOr((v) => /^\d+$/.test(v)),
      `${label}请填写整数（${unit}），不要带小数点或文字`,
    ),
    z.refine(
      blankOr((v) => Number(v) <= max),
      `${label}不能超过${max}${unit}，请核对`,
    ),
  )

const amount = (label: string, max: number, unit: string) =>
  z.string().check(
    clean(),
    z.refine(
      blankOr((v) => /^\d+(\.\d{1,2})?$/.test(v)),
      `${label}请填写数字（单位：${unit}），最多两位小数`,
    ),
    z.refine(
      blankOr((v) => Number(v) <= max),
      `${label}不能超过${max}${unit}，请核对单位`,
    ),
  )

const oneOf = (label: string, values: readonly string[]) =>
  z.string().check(
    z.refine(
      blankOr((v) => values.includes(v)),
      `请从列表中选择${label}`,
    ),
  )

const QUALIFICATION_CODES: readonly string[] = QUALIFICATIONS.map((q) => q.value)

function validQualifications(v: string): boolean {
  const codes = v.split(',')
  if (codes.length === 1 && codes[0] === NO_QUALIFICATION) return true
  return new Set(codes).size === codes.length && codes.every((c) => QUALIFICATION_CODES.includes(c))
}

function validFounding(v: string): boolean {
  return parseDate(v) !== null && v >= '1949-10-01'
}

/**
 * The enterprise profile as the form holds it: every answer a string, blank when unknown.
 * Amounts are in 万元, rates in %.
 */
export const EnterpriseProfileForm = z.object({
  industryDivision: z.string().check(
    z.refine(
      blankOr((v) => divisionName(v) !== undefined),
      '请选择国民经济行业分类中的门类和大类',
    ),
  ),
  staff: count('从业人数', 1_000_000, '人'),
  revenue: amount('上年度营业收入', 100_000_000, '万元'),
  capital: amount('注册资本', 100_000_000, '万元'),
  foundedOn: z
    .string()
    .check(
      clean(),
      z.refine(blankOr(validFounding), '成立日期请按营业执照填写，格式如 2021-06-18'),
    ),
  street: oneOf('所在街道（镇）', QINGSHAN_STREETS),
  taxCredit: oneOf('纳税信用等级', TAX_CREDITS),
  qualifications: z
    .string()
    .check(
      z.refine(blankOr(validQualifications), '请勾选企业已取得的资质；都没有请选“以上都没有”'),
    ),
  graduates: count('近12个月新招用高校毕业生', 100_000, '人'),
  veterans: count('招用退役军人', 100_000, '人'),
  hardToEmploy: count('招用就业困难人员（含脱贫人口）', 100_000, '人'),
  layoffRate: amount('上年度裁员率', 100, '%'),
  insurancePaid: oneOf('是否按时足额缴纳失业保险', YES_NO),
  rdRatio: amount('研发费用占营业收入比例', 100, '%'),
})
export type EnterpriseProfileForm = z.infer<typeof EnterpriseProfileForm>
export type ProfileField = keyof EnterpriseProfileForm

export const EMPTY_PROFILE_FORM: EnterpriseProfileForm = {
  industryDivision: '',
  staff: '',
  revenue: '',
  capital: '',
  foundedOn: '',
  street: '',
  taxCredit: '',
  qualifications: '',
  graduates: '',
  veterans: '',
  hardToEmploy: '',
  layoffRate: '',
  insurancePaid: '',
  rdRatio: '',
}

export const EnterpriseProfile = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  usccMasked: z.string(),
  /** What the 统一社会信用代码 itself tells (登记管理部门, 机构类别, 登记地). */
  registration: z.array(z.object({ label: z.string(), value: z.string() })),
  form: EnterpriseProfileForm,
  /** By the national 中小企业划型标准, from industry, staff and revenue; null until known. */
  sizeLabel: z.nullable(z.string()),
  filled: z.number(),
  total: z.number(),
  updatedAt: z.nullable(z.string()),
})
export type EnterpriseProfile = z.infer<typeof EnterpriseProfile>

export const MatchStatus = z.enum(['full', 'info', 'partial', 'none'])
export type MatchStatus = z.infer<typeof MatchStatus>
export const PolicyMode = z.enum(['auto', 'apply'])
export type PolicyMode = z.infer<typeof PolicyMode>

export const PolicySummary = z.object({
  id: z.string(),
  title: z.string(),
  level: z.enum(['national', 'region', 'city', 'district']),
  department: z.string(),
  category: z.string(),
  /** auto = 免申即享 (no application), apply = 自行申报. */
  mode: PolicyMode,
  amount: z.string(),
  /** YYYY-MM-DD, null when open all year. */
  deadline: z.nullable(z.string()),
  publishedOn: z.string(),
})
export type PolicySummary = z.infer<typeof PolicySummary>

export const PolicyMatch = z.object({
  policy: PolicySummary,
  status: MatchStatus,
  met: z.number(),
  total: z.number(),
  /** For a near miss (部分符合): the fewest changes that would make it apply, in words. */
  suggestions: z.array(z.string()),
  /** Facts the profile lacks for this policy. */
  missing: z.array(z.string()),
})
export type PolicyMatch = z.infer<typeof PolicyMatch>

export const MatchList = z.object({
  enterpriseName: z.string(),
  sizeLabel: z.nullable(z.string()),
  counts: z.object({ full: z.number(), info: z.number(), partial: z.number(), none: z.number() }),
  items: z.array(PolicyMatch),
})
export type MatchList = z.infer<typeof MatchList>

export const ConditionStatus = z.enum(['met', 'unmet', 'unknown'])
export type ConditionStatus = z.infer<typeof ConditionStatus>

/** One row of the condition tree, flattened in display order (`depth` 0 is the top level). */
export const ConditionRow = z.object({
  kind: z.enum(['all', 'any', 'leaf']),
  depth: z.number(),
  status: ConditionStatus,
  /** The policy's own clause for a leaf; 同时满足/满足其一 for a group. */
  clause: z.string(),
  /** What the profile says, e.g. "从业人数：8人"; null for groups or when not filled in. */
  actual: z.nullable(z.string()),
  suggestion: z.nullable(z.string()),
})
export type ConditionRow = z.infer<typeof ConditionRow>

export const PolicyDetail = z.object({
  match: PolicyMatch,
  conditions: z.array(ConditionRow),
  summary: z.string(),
  basis: z.string(),
  materials: z.array(z.string()),
  contact: z.string(),
})
export type PolicyDetail = z.infer<typeof PolicyDetail>

export const PreReviewRequest = z.object({
  kind: z.enum(['policy', 'annual_report'], '预审类型只能是政策兑现或执照年检'),
  policyId: z.optional(z.string().check(z.minLength(1), z.maxLength(64, '政策编号不正确'))),
})
export type PreReviewRequest = z.infer<typeof PreReviewRequest>

export const PreReview = z.object({
  id: z.string(),
  kind: z.enum(['policy', 'annual_report']),
  title: z.string(),
  outcome: z.enum(['pass', 'fail', 'need_info']),
  reasons: z.array(z.string()),
  nextSteps: z.array(z.string()),
  /**
   * 预审通过 of a policy: what to hand in, where and by when; `zoneId` is the 专区 the app's
   * button opens (its codes, 取号 and guides). null for any other result.
   */
  submit: z.nullable(
    z.object({
      materials: z.array(z.string()),
      place: z.string(),
      deadline: z.nullable(z.string()),
      zoneId: z.string(),
    }),
  ),
  createdAt: z.string(),
})
export type PreReview = z.infer<typeof PreReview>
export const PreReviewList = z.object({ items: z.array(PreReview) })
export type PreReviewList = z.infer<typeof PreReviewList>

export const CalendarEntry = z.object({
  policy: PolicySummary,
  status: MatchStatus,
  deadline: z.string(),
  daysLeft: z.number(),
})
export const PolicyCalendar = z.object({ items: z.array(CalendarEntry) })
export type PolicyCalendar = z.infer<typeof PolicyCalendar>

export const SubscriptionRequest = z.object({
  subscribed: z.boolean('请选择是否订阅'),
})
export const PolicySubscription = z.object({
  subscribed: z.boolean(),
  since: z.nullable(z.string()),
  /** Policies published since the subscription that match fully or need only more information. */
  newMatches: z.array(PolicyMatch),
})
export type PolicySubscription = z.infer<typeof PolicySubscription>
