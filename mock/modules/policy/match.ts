import type {
  MatchStatus,
  PolicyDetail,
  PolicyMatch,
  PolicySummary,
} from '../../../src/services/contract'
import {
  evaluate,
  flatten,
  matchStatus,
  MATCH_RANK,
  plan,
  quickEvaluate,
  type Tally,
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

const summaries = new WeakMap<PolicySeed, { today: string; summary: PolicySummary }>()

/** The summary depends only on the policy and the date: built once per day. */
function cachedSummary(p: PolicySeed, today: string): PolicySummary {
  const hit = summaries.get(p)
  if (hit?.today === today) return hit.summary
  const summary = summaryOf(p, today)
  summaries.set(p, { today, summary })
  return summary
}

export function matchPolicy(p: PolicySeed, facts: Facts, today: string): PolicyMatch {
  const tally: Tally = { met: 0, total: 0, missing: [] }
  const outcome = quickEvaluate(p.condition, facts, tally)
  const status = matchStatus(outcome, tally.met)
  // Only a near miss gets its change worded in the list (the tree is built just for that); the
  // detail page words every unmet condition.
  const suggestions = status === 'partial' ? plan(evaluate(p.condition, facts), facts) : []
  return {
    policy: cachedSummary(p, today),
    status,
    met: tally.met,
    total: tally.total,
    suggestions,
    missing: tally.missing,
  }
}

export function detailOf(p: PolicySeed, facts: Facts, today: string): PolicyDetail {
  const root = evaluate(p.condition, facts)
  return {
    match: matchPolicy(p, facts, today),
    conditions: flatten(root, facts),
    summary: p.summary,
    basis: p.basis,
    materials: [...p.materials],
    contact: p.contact,
  }
}

// Code-point order: ids and ISO dates need no locale rules, and localeCompare is slow.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Best first: status, then the fewest changes, then 免申即享 — as one number, so sorting 1,000
 * stays cheap; ties go to the nearest deadline, then the id.
 */
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
  keyed.sort(
    (a, b) =>
      a.key - b.key ||
      compareText(a.match.policy.deadline ?? '9999', b.match.policy.deadline ?? '9999') ||
      compareText(a.match.policy.id, b.match.policy.id),
  )
  const counts = { full: 0, info: 0, partial: 0, none: 0 }
  const items = keyed.map(({ match }) => {
    counts[match.status] += 1
    return match
  })
  return { items, counts }
}
