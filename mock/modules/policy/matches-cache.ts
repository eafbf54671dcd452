import type {
  EnterpriseProfileForm,
  MatchStatus,
  PolicyMatch,
} from '../../../src/services/contract'
import { matchAll } from './match'
import { inForce, type PolicySet } from './published'
import type { Facts, PolicySeed } from './types'

export interface Matches {
  /** The policies in force that day, in the published order. */
  list: readonly PolicySeed[]
  items: PolicyMatch[]
  counts: Record<MatchStatus, number>
  byId: ReadonlyMap<string, PolicyMatch>
}

/** Distinct (profile, day) pairs kept per published set: a firm looks at its matches again and again. */
const KEPT = 1000

/**
 * A firm's matches depend only on the published policies, its 企业画像 and the day (its facts
 * are worked out from those two): matched once per published set, profile and day, not on every
 * look. A publish makes a new set (mock/modules/policy/published.ts), so its matches start over.
 * Shared between requests: never change what it gives.
 */
export function matchesPerProfile() {
  const bySet = new WeakMap<PolicySet, Map<string, Matches>>()
  return (set: PolicySet, form: EnterpriseProfileForm, facts: Facts, today: string): Matches => {
    let known = bySet.get(set)
    if (!known) {
      known = new Map()
      bySet.set(set, known)
    }
    const key = `${today}\n${JSON.stringify(form)}`
    const hit = known.get(key)
    if (hit) return hit
    const list = set.list.filter((p) => inForce(p, today))
    const { items, counts } = matchAll(list, facts, today)
    const matches = { list, items, counts, byId: new Map(items.map((m) => [m.policy.id, m])) }
    if (known.size >= KEPT) known.clear()
    known.set(key, matches)
    return matches
  }
}
