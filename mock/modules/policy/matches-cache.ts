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

/** Days kept per profile: today's, and yesterday's while a request of before midnight ends. */
const DAYS_KEPT = 2

/**
 * A firm's matches depend only on the published policies, its 企业画像 and the day (its facts
 * are worked out from those two): matched once per published set, profile and day, not on every
 * look. A publish makes a new set (mock/modules/policy/published.ts), so its matches start over.
 * A profile is one object per stored text (parsed once, see routes.ts), so it is the key as it
 * is, not its text. Shared between requests: never change what it gives.
 */
export function matchesPerProfile() {
  const bySet = new WeakMap<PolicySet, WeakMap<EnterpriseProfileForm, Map<string, Matches>>>()
  return (set: PolicySet, form: EnterpriseProfileForm, facts: Facts, today: string): Matches => {
    let byForm = bySet.get(set)
    if (!byForm) {
      byForm = new WeakMap()
      bySet.set(set, byForm)
    }
    let byDay = byForm.get(form)
    if (!byDay) {
      byDay = new Map()
      byForm.set(form, byDay)
    }
    const hit = byDay.get(today)
    if (hit) return hit
    const list = set.list.filter((p) => inForce(p, today))
    const { items, counts } = matchAll(list, facts, today)
    const matches = { list, items, counts, byId: new Map(items.map((m) => [m.policy.id, m])) }
    if (byDay.size >= DAYS_KEPT) byDay.clear()
    byDay.set(today, matches)
    return matches
  }
}
