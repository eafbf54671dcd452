import type { ConditionRow, ConditionStatus, MatchStatus } from '../../../src/services/contract'
import { canSuggest, describeActual, describeSuggestion } from './describe'
import { FACT_META } from './facts'
import type { Condition, Facts, Leaf } from './types'

/** A condition with its outcome; `cost` = fewest leaf changes that would make it met. */
export type Evaluated =
  | { kind: 'leaf'; leaf: Leaf; status: ConditionStatus; cost: number }
  | {
      kind: 'all' | 'any'
      clause: string | undefined
      children: Evaluated[]
      status: ConditionStatus
      cost: number
    }

const NEGATED = {
  gte: 'lt',
  gt: 'lte',
  lte: 'gt',
  lt: 'gte',
  in: 'notIn',
  notIn: 'in',
  hasAny: 'hasNone',
  hasNone: 'hasAny',
} as const

/** `not` over a leaf becomes the leaf with the opposite operator, carrying the negated wording. */
export function negate(leaf: Leaf, clause: string): Leaf | undefined {
  if (leaf.op === 'is') return { ...leaf, value: !leaf.value, clause }
  if (leaf.op === 'between') return undefined
  if (leaf.op === 'hasAll') {
    return leaf.value.length === 1 ? { ...leaf, op: 'hasNone', clause } : undefined
  }
  return { ...leaf, op: NEGATED[leaf.op], clause } as Leaf
}

export function testLeaf(leaf: Leaf, facts: Facts): ConditionStatus {
  const actual = facts[leaf.fact]
  if (actual === undefined) return 'unknown'
  const ok = ((): boolean => {
    switch (leaf.op) {
      case 'gte':
        return (actual as number) >= leaf.value
      case 'gt':
        return (actual as number) > leaf.value
      case 'lte':
        return (actual as number) <= leaf.value
      case 'lt':
        return (actual as number) < leaf.value
      case 'between':
        return (actual as number) >= leaf.value[0] && (actual as number) <= leaf.value[1]
      case 'in':
        return leaf.value.includes(actual as string)
      case 'notIn':
        return !leaf.value.includes(actual as string)
      case 'hasAll':
        return leaf.value.every((v) => (actual as readonly string[]).includes(v))
      case 'hasAny':
        return leaf.value.some((v) => (actual as readonly string[]).includes(v))
      case 'hasNone':
        return !leaf.value.some((v) => (actual as readonly string[]).includes(v))
      case 'is':
        return actual === leaf.value
    }
  })()
  return ok ? 'met' : 'unmet'
}

function combine(
  kind: 'all' | 'any',
  children: readonly Pick<Evaluated, 'status' | 'cost'>[],
): { status: ConditionStatus; cost: number } {
  let met = 0
  let unmet = 0
  let sum = 0
  let min = Infinity
  for (const child of children) {
    if (child.status === 'met') met += 1
    else if (child.status === 'unmet') unmet += 1
    sum += child.cost
    if (child.cost < min) min = child.cost
  }
  if (kind === 'all') {
    const status = unmet > 0 ? 'unmet' : met === children.length ? 'met' : 'unknown'
    return { status, cost: sum }
  }
  const status = met > 0 ? 'met' : unmet === children.length ? 'unmet' : 'unknown'
  return { status, cost: status === 'unmet' ? min : 0 }
}

export function evaluate(condition: Condition, facts: Facts): Evaluated {
  if ('not' in condition) {
    const leaf = negate(condition.not, condition.clause)
    if (!leaf) throw new Error(`cannot negate ${condition.not.op}`)
    return evaluate(leaf, facts)
  }
  if ('all' in condition || 'any' in condition) {
    const kind = 'all' in condition ? 'all' : 'any'
    const list = 'all' in condition ? condition.all : condition.any
    const children = list.map((c) => evaluate(c, facts))
    return { kind, clause: condition.clause, children, ...combine(kind, children) }
  }
  const status = testLeaf(condition, facts)
  // Only whether a change exists; its wording is built when someone reads it.
  const cost = status !== 'unmet' ? 0 : canSuggest(condition, facts) ? 1 : Infinity
  return { kind: 'leaf', leaf: condition, status, cost }
}

export interface Tally {
  met: number
  total: number
  /** Labels of facts the profile lacks, each once. */
  missing: string[]
}

type Outcome = Pick<Evaluated, 'status' | 'cost'>

/**
 * evaluate() without building the tree: status, cost and leaf counts only. The match list needs
 * just these for most policies; the tree is built for a detail or a suggestion.
 */
export function quickEvaluate(condition: Condition, facts: Facts, tally: Tally): Outcome {
  if ('not' in condition) {
    const leaf = negate(condition.not, condition.clause)
    if (!leaf) throw new Error(`cannot negate ${condition.not.op}`)
    return quickEvaluate(leaf, facts, tally)
  }
  if ('all' in condition || 'any' in condition) {
    const kind = 'all' in condition ? 'all' : 'any'
    const list = 'all' in condition ? condition.all : condition.any
    return combine(
      kind,
      list.map((c) => quickEvaluate(c, facts, tally)),
    )
  }
  const status = testLeaf(condition, facts)
  tally.total += 1
  if (status === 'met') tally.met += 1
  else if (status === 'unknown') {
    const { label } = FACT_META[condition.fact]
    if (!tally.missing.includes(label)) tally.missing.push(label)
  }
  return { status, cost: status !== 'unmet' ? 0 : canSuggest(condition, facts) ? 1 : Infinity }
}

export function leaves(node: Evaluated): Extract<Evaluated, { kind: 'leaf' }>[] {
  return node.kind === 'leaf' ? [node] : node.children.flatMap(leaves)
}

function suggestionOf(node: Extract<Evaluated, { kind: 'leaf' }>, facts: Facts): string | null {
  return node.status === 'unmet' ? describeSuggestion(node.leaf, facts) : null
}

/** The suggestions along the cheapest way to make `node` met. */
export function plan(node: Evaluated, facts: Facts): string[] {
  if (node.status !== 'unmet' || node.cost === Infinity) return []
  if (node.kind === 'leaf') {
    const suggestion = suggestionOf(node, facts)
    return suggestion === null ? [] : [suggestion]
  }
  if (node.kind === 'all') return node.children.flatMap((c) => plan(c, facts))
  const cheapest = node.children.reduce((best, c) => (c.cost < best.cost ? c : best))
  return plan(cheapest, facts)
}

/** A near miss is at most this many changes away. */
export const NEAR_MISS_CHANGES = 2

/**
 * `met`: how many of the conditions hold. With none of them met a policy is 不符合, however few
 * changes it is away: 部分符合 would say part of it already holds.
 */
export function matchStatus(root: Pick<Evaluated, 'status' | 'cost'>, met: number): MatchStatus {
  if (root.status === 'met') return 'full'
  if (root.status === 'unknown') return 'info'
  return met > 0 && root.cost <= NEAR_MISS_CHANGES ? 'partial' : 'none'
}

export const metCount = (root: Evaluated): number =>
  leaves(root).filter((l) => l.status === 'met').length

export const MATCH_RANK: Record<MatchStatus, number> = { full: 3, info: 2, partial: 1, none: 0 }

const GROUP_CLAUSE = { all: '同时满足以下条件', any: '满足以下任一条件' } as const

export function flatten(node: Evaluated, facts: Facts, depth = 0): ConditionRow[] {
  if (node.kind === 'leaf') {
    return [
      {
        kind: 'leaf',
        depth,
        status: node.status,
        clause: node.leaf.clause,
        actual: describeActual(node.leaf.fact, facts),
        suggestion: suggestionOf(node, facts),
      },
    ]
  }
  // The root "all" is implied by the list itself.
  const head: ConditionRow[] =
    depth === 0 && node.kind === 'all'
      ? []
      : [
          {
            kind: node.kind,
            depth,
            status: node.status,
            clause: node.clause ?? GROUP_CLAUSE[node.kind],
            actual: null,
            suggestion: null,
          },
        ]
  const childDepth = head.length === 0 ? depth : depth + 1
  return [...head, ...node.children.flatMap((c) => flatten(c, facts, childDepth))]
}
