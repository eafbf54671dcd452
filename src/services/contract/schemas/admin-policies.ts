import * as z from 'zod/mini'
import { POLICY_LEVELS, type PolicyLevel } from '../policy/options'
import { text, paragraph } from '../zod'
import { PolicyMode } from './policy'

/**
 * A policy's condition as the console edits it. The wire keeps it loose (a fact key, an operator,
 * a value); the server checks its meaning and answers in Chinese (unknown fact, wrong value type,
 * empty group, contradictory bounds).
 */
export type RuleValue = number | boolean | string[] | [number, number]
export interface RuleLeaf {
  fact: string
  op: string
  value: RuleValue
  clause: string
}
export type RuleCondition =
  | RuleLeaf
  | { all: RuleCondition[]; clause?: string }
  | { any: RuleCondition[]; clause?: string }
  | { not: RuleLeaf; clause: string }

const RuleLeafSchema = z.object({
  fact: z.string(),
  op: z.string(),
  value: z.union([z.number(), z.boolean(), z.array(z.string()), z.tuple([z.number(), z.number()])]),
  clause: z.string(),
})
export const RuleConditionSchema: z.ZodMiniType<RuleCondition> = z.union([
  RuleLeafSchema,
  z.object({ all: z.array(z.lazy(() => RuleConditionSchema)), clause: z.optional(z.string()) }),
  z.object({ any: z.array(z.lazy(() => RuleConditionSchema)), clause: z.optional(z.string()) }),
  z.object({ not: RuleLeafSchema, clause: z.string() }),
])

export const PolicyLevelSchema = z.enum(
  POLICY_LEVELS.map((l) => l.value) as [PolicyLevel, ...PolicyLevel[]],
  '请选择政策层级',
)
export const PolicyStatus = z.enum(['draft', 'published', 'withdrawn'])
export type PolicyStatus = z.infer<typeof PolicyStatus>

/** What an administrator edits; `condition` is checked by the server (its own messages). */
export const PolicyInput = z.object({
  title: text('政策名称', 80),
  level: PolicyLevelSchema,
  department: text('主管部门', 80),
  category: text('政策类别', 20),
  mode: PolicyMode,
  amount: text('金额/标准', 200),
  /** MM-DD of the yearly application deadline; null when open all year or 免申即享. */
  deadline: z.nullable(z.string().check(z.maxLength(5))),
  publishedOn: z.string().check(z.maxLength(10)),
  /** Last day the policy applies (YYYY-MM-DD); null when it has no end date. */
  validUntil: z.nullable(z.string().check(z.maxLength(10))),
  summary: paragraph('政策概要', 500),
  basis: text('政策依据', 200),
  materials: z.array(text('申报材料', 100)).check(z.maxLength(30, '申报材料最多30项')),
  contact: text('咨询方式', 200),
  /** Checked on the server, rule by rule. */
  condition: z.unknown(),
})
export type PolicyInput = z.infer<typeof PolicyInput>

/** A policy as stored: the input with its id and a checked condition. */
export const PolicyContent = z.object({
  id: z.string(),
  title: z.string(),
  level: PolicyLevelSchema,
  department: z.string(),
  category: z.string(),
  mode: PolicyMode,
  amount: z.string(),
  deadline: z.nullable(z.string()),
  publishedOn: z.string(),
  validUntil: z.nullable(z.string()),
  summary: z.string(),
  basis: z.string(),
  materials: z.array(z.string()),
  contact: z.string(),
  condition: RuleConditionSchema,
})
export type PolicyContent = z.infer<typeof PolicyContent>

export const PolicyListQuery = z.object({
  level: z.optional(PolicyLevelSchema),
  status: z.optional(PolicyStatus),
})

export const PolicyRow = z.object({
  id: z.string(),
  title: z.string(),
  level: PolicyLevelSchema,
  department: z.string(),
  mode: PolicyMode,
  status: PolicyStatus,
  /** The published version's number; 0 before the first publish. */
  version: z.number(),
  hasDraft: z.boolean(),
  /** When the console first took the policy over from the seed; null = as seeded. */
  editedAt: z.nullable(z.string()),
})
export type PolicyRow = z.infer<typeof PolicyRow>
export const PolicyRowList = z.object({ items: z.array(PolicyRow) })
export type PolicyRowList = z.infer<typeof PolicyRowList>

export const PolicyHistoryEntry = z.object({
  version: z.number(),
  title: z.string(),
  publishedAt: z.string(),
  /** Null for the version the seed brought. */
  publishedBy: z.nullable(z.object({ id: z.string(), nickname: z.string() })),
})

export const PolicyEditor = z.object({
  id: z.string(),
  status: PolicyStatus,
  version: z.number(),
  published: z.nullable(PolicyContent),
  draft: z.nullable(PolicyContent),
  draftUpdatedAt: z.nullable(z.string()),
  history: z.array(PolicyHistoryEntry),
})
export type PolicyEditor = z.infer<typeof PolicyEditor>

const Option = z.object({ value: z.string(), label: z.string() })
/** What the rule builder offers for one fact. */
export const RuleFact = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(['number', 'enum', 'set', 'bool']),
  unit: z.string(),
  ops: z.array(Option),
  /** The values an enum or set fact takes; null for numbers and yes/no. */
  options: z.nullable(z.array(Option)),
})
export type RuleFact = z.infer<typeof RuleFact>
export const RuleFactList = z.object({ facts: z.array(RuleFact) })
export type RuleFactList = z.infer<typeof RuleFactList>

const MatchStatusSchema = z.enum(['full', 'info', 'partial', 'none'])
export const DryRunRow = z.object({
  id: z.string(),
  /** Sample enterprises say 示例 in their names. */
  name: z.string(),
  before: MatchStatusSchema,
  after: MatchStatusSchema,
  change: z.enum(['gained', 'lost', 'same']),
})
export type DryRunRow = z.infer<typeof DryRunRow>
const Tally = z.object({
  total: z.number(),
  before: z.number(),
  after: z.number(),
  gained: z.number(),
  lost: z.number(),
})
export const DryRun = z.object({
  /** 示例 enterprises: every one listed. */
  samples: z.array(DryRunRow),
  sampleCounts: Tally,
  /** Enterprises that saved a 企业画像: counted only, never named here. */
  profiles: Tally,
})
export type DryRun = z.infer<typeof DryRun>

export const PolicyWithdraw = z.object({ reason: text('撤回原因', 200) })
export const PolicyRestore = z.object({
  version: z.number().check(z.int('请选择要恢复的版本'), z.positive('请选择要恢复的版本')),
})
