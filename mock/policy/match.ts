import type {
  MatchStatus,
  PolicyDetail,
  PolicyMatch,
  PolicySummary,
} from '../../src/services/contract'
import { FACT_META } from './facts'
import { evaluate, flatten, matchStatus, MATCH_RANK, plan, type Evaluated } from './evaluate'
import type { Facts, PolicySeed } from './types'

/** The next date (YYYY-MM-DD) a yearly MM-DD deadline falls on, today included. */
export function nextDeadline(monthDay: string, today: string): string {
  const thisYear = `${today.slice(0, 4)}-${monthDay}`
  return thisYear >= today ? thisYear : `${Number(today.slice(0, 4)) + 1}-${monthDay}`
}

export function summaryOf(p: PolicySeed, today: string): PolicySummary {
  return {
    id: p.id,
    title: p.title,
    level: p.level,
    department: p.department,
    category: p.category,
    mode: p.mode,
    amount: p.amount,
    deadline: p.deadline === null ? null : nextDeadline(p.deadline, today),
    publishedOn: p.publishedOn,
  }
}

/** met / total leaves and the labels of missing facts, in one walk. */
function tally(node: Evaluated, acc: { met: number; total: number; missing: Set<string> }) {
  if (node.kind !== 'leaf') {
    for (const child of node.children) tally(child, acc)
    return acc
  }
  acc.total += 1
  if (node.status === 'met') acc.met += 1
  else if (node.status === 'unknown') acc.missing.add(FACT_META[node.leaf.fact].label)
  return acc
}

const summaries = new WeakMap<PolicySeed, { today: string; summary: PolicySummary }>()

/** The summary depends only on the policy and the date: built once per day. */
function cachedSummary(p: PolicySeed, today: string): PolicySummary {
  const hit = summaries.get(p)
  if (hit?.today === today) return hit.summary
  const summary = summaryOf(p, today)
  summaries.set(p, { today, summary })
  return summary
}

function toMatch(p: PolicySeed, root: Evaluated, facts: Facts, today: string): PolicyMatch {
  const { met, total, missing } = tally(root, { met: 0, total: 0, missing: new Set() })
  const status = matchStatus(root)
  return {
    policy: cachedSummary(p, today),
    status,
    met,
    total,
    suggestions: status === 'full' ? [] : plan(root, facts),
    missing: [...missing],
  }
}

export function matchPolicy(p: PolicySeed, facts: Facts, today: string): PolicyMatch {
  return toMatch(p, evaluate(p.condition, facts), facts, today)
}

export function detailOf(p: PolicySeed, facts: Facts, today: string): PolicyDetail {
  const root = evaluate(p.condition, facts)
  return {
    match: toMatch(p, root, facts, today),
    conditions: flatten(root, facts),
    summary: p.summary,
    basis: p.basis,
    materials: [...p.materials],
    contact: p.contact,
  }
}

// Code-point order: ids and ISO dates need no locale rules, and localeCompare is slow.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Best first: status, then the fewest changes, then 免申即享, then the nearest deadline. */
export function compareMatches(a: PolicyMatch, b: PolicyMatch): number {
  return (
    MATCH_RANK[b.status] - MATCH_RANK[a.status] ||
    a.suggestions.length - b.suggestions.length ||
    (a.policy.mode === b.policy.mode ? 0 : a.policy.mode === 'auto' ? -1 : 1) ||
    compareText(a.policy.deadline ?? '9999', b.policy.deadline ?? '9999') ||
    compareText(a.policy.id, b.policy.id)
  )
}

/** compareMatches' order as one number for the common cases, so sorting 1,000 stays cheap. */
function rankKey(m: PolicyMatch): number {
  return (
    (3 - MATCH_RANK[m.status]) * 1_000_000 +
    Math.min(m.suggestions.length, 999) * 10 +
    (m.policy.mode === 'auto' ? 0 : 1)
  )
}

export function matchAll(
  policies: readonly PolicySeed[],
  facts: Facts,
  today: string,
): { items: PolicyMatch[]; counts: Record<MatchStatus, number> } {
  const keyed = policies.map((p) => {
    const match = matchPolicy(p, facts, today)
    return { match, key: rankKey(match) }
  })
  keyed.sort((a, b) => a.key - b.key || compareMatches(a.match, b.match))
  const counts = { full: 0, info: 0, partial: 0, none: 0 }
  const items = keyed.map(({ match }) => {
    counts[match.status] += 1
    return match
  })
  return { items, counts }
}
