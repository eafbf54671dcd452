import type { PolicyLevel, PolicyMode } from '../../../src/services/contract'

export const NUMBER_FACTS = [
  'staff',
  'revenue',
  'capital',
  'ageMonths',
  'graduates',
  'veterans',
  'hardToEmploy',
  'layoffRate',
  'rdRatio',
] as const
export const ENUM_FACTS = ['section', 'division', 'size', 'street', 'taxCredit'] as const
export const SET_FACTS = ['qualifications'] as const
export const BOOL_FACTS = ['insurancePaid'] as const

export type NumberFact = (typeof NUMBER_FACTS)[number]
export type EnumFact = (typeof ENUM_FACTS)[number]
export type SetFact = (typeof SET_FACTS)[number]
export type BoolFact = (typeof BOOL_FACTS)[number]
export type FactKey = NumberFact | EnumFact | SetFact | BoolFact

/** What is known about an enterprise; an absent key is a fact not supplied yet. */
export type Facts = Partial<
  Record<NumberFact, number> &
    Record<EnumFact, string> &
    Record<SetFact, readonly string[]> &
    Record<BoolFact, boolean>
>

export type NumberOp = 'gte' | 'gt' | 'lte' | 'lt'

/** One testable clause; `clause` is the policy's own wording of it. */
export type Leaf =
  | { fact: NumberFact; op: NumberOp; value: number; clause: string }
  | { fact: NumberFact; op: 'between'; value: readonly [number, number]; clause: string }
  | { fact: EnumFact; op: 'in' | 'notIn'; value: readonly string[]; clause: string }
  | { fact: SetFact; op: 'hasAll' | 'hasAny' | 'hasNone'; value: readonly string[]; clause: string }
  | { fact: BoolFact; op: 'is'; value: boolean; clause: string }

export type Condition =
  | Leaf
  | { all: readonly Condition[]; clause?: string }
  | { any: readonly Condition[]; clause?: string }
  /** Only over a leaf, with the wording of the negated clause. */
  | { not: Leaf; clause: string }

export interface PolicySeed {
  id: string
  title: string
  level: PolicyLevel
  department: string
  category: string
  mode: PolicyMode
  /** 金额/标准 in words, e.g. "每人1000元". */
  amount: string
  /** MM-DD of the yearly application deadline; null when open all year or 免申即享. */
  deadline: string | null
  publishedOn: string
  /** Last day the policy applies (YYYY-MM-DD); null when it has no end date. */
  validUntil: string | null
  summary: string
  basis: string
  materials: readonly string[]
  contact: string
  condition: Condition
}
