import type {
  MatchStatus,
  PolicyDetail,
  PolicyMatch,
  PolicySummary,
} from '../../src/services/contract'
import { FACT_META } from './facts'
import {
  evaluate,
  flatten,
  leaves,
  matchStatus,
  MATCH_RANK,
  plan,
  type Evaluated,
} from './evaluate'
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

function toMatch(p: PolicySeed, root: Evaluated, today: string): PolicyMatch {
  const all = leaves(root)
  const missing = [
    ...new Set(all.filter((l) => l.status === 'unknown').map((l) => FACT_META[l.leaf.fact].label)),
  ]
  const status = matchStatus(root)
  return {
    policy: summaryOf(p, today),
    status,
    met: all.filter((l) => l.status === 'met').length,
    total: all.length,
    suggestions: status === 'full' ? [] : plan(root),
    missing,
  }
}

export function matchPolicy(p: PolicySeed, facts: Facts, today: string): PolicyMatch {
  return toMatch(p, evaluate(p.condition, facts), today)
}

export function detailOf(p: PolicySeed, facts: Facts, today: string): PolicyDetail {
  const root = evaluate(p.condition, facts)
  return {
    match: toMatch(p, root, today),
    conditions: flatten(root, facts),
    summary: p.summary,
    basis: p.basis,
    materials: [...p.materials],
    contact: p.contact,
  }
}

/** Best first: status, then the fewest changes, then 免申即享, then the nearest deadline. */
export function compareMatches(a: PolicyMatch, b: PolicyMatch): number {
  return (
    MATCH_RANK[b.status] - MATCH_RANK[a.status] ||
    a.suggestions.length - b.suggestions.length ||
    (a.policy.mode === b.policy.mode ? 0 : a.policy.mode === 'auto' ? -1 : 1) ||
    (a.policy.deadline ?? '9999').localeCompare(b.policy.deadline ?? '9999') ||
    a.policy.id.localeCompare(b.policy.id)
  )
}

export function matchAll(
  policies: readonly PolicySeed[],
  facts: Facts,
  today: string,
): { items: PolicyMatch[]; counts: Record<MatchStatus, number> } {
  const items = policies.map((p) => matchPolicy(p, facts, today)).sort(compareMatches)
  const counts = { full: 0, info: 0, partial: 0, none: 0 }
  for (const item of items) counts[item.status] += 1
  return { items, counts }
}
