import type {
  EnterpriseProfileForm,
  MatchList,
  MatchStatus,
  PolicyMatch,
} from '../../../src/services/contract'
import { keptAnswer } from '../../http/kept-answer'
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

/** Answers kept per set of matches: one per enterprise name and size a profile is seen with. */
const ANSWERS_KEPT = 8

/**
 * The 政策匹配 answer of a set of matches, as its firm is named and sized when shown: kept while
 * the matches are, so it is built and encoded once (mock/http/kept-answer.ts), not per look.
 */
export function matchesAnswers() {
  const byMatches = new WeakMap<Matches, Map<string, MatchList>>()
  return (matches: Matches, enterpriseName: string, sizeLabel: string | null): MatchList => {
    let byFirm = byMatches.get(matches)
    if (!byFirm) {
      byFirm = new Map()
      byMatches.set(matches, byFirm)
    }
    const key = `${enterpriseName}\u0000${sizeLabel ?? ''}`
    const known = byFirm.get(key)
    if (known) return known
    const answer = keptAnswer({
      enterpriseName,
      sizeLabel,
      counts: matches.counts,
      items: matches.items,
    })
    if (byFirm.size >= ANSWERS_KEPT) byFirm.clear()
    byFirm.set(key, answer)
    return answer
  }
}
