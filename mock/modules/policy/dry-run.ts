import {
  EnterpriseProfileForm,
  type DryRun,
  type DryRunRow,
  type MatchStatus,
} from '../../../src/services/contract'
import { profileFacts } from './facts'
import { matchPolicy } from './match'
import type { Facts, PolicySeed } from './types'

export interface Candidate {
  id: string
  name: string
  facts: Facts
}

/** 符合 = every condition known and met; the same test the mini program's 完全符合 uses. */
const statusOf = (p: PolicySeed | null, facts: Facts, today: string): MatchStatus =>
  p === null ? 'none' : matchPolicy(p, facts, today).status

function compare(
  before: PolicySeed | null,
  after: PolicySeed,
  facts: Facts,
  today: string,
): Pick<DryRunRow, 'before' | 'after' | 'change'> {
  const was = statusOf(before, facts, today)
  const is = statusOf(after, facts, today)
  const change =
    was !== 'full' && is === 'full' ? 'gained' : was === 'full' && is !== 'full' ? 'lost' : 'same'
  return { before: was, after: is, change }
}

function tally(rows: readonly Pick<DryRunRow, 'before' | 'after' | 'change'>[]) {
  return {
    total: rows.length,
    before: rows.filter((r) => r.before === 'full').length,
    after: rows.filter((r) => r.after === 'full').length,
    gained: rows.filter((r) => r.change === 'gained').length,
    lost: rows.filter((r) => r.change === 'lost').length,
  }
}

/** Facts of the saved 企业画像 that still parse; the others are asked again in the app anyway. */
export function factsOfForms(forms: readonly string[], now: Date): Facts[] {
  return forms.flatMap((json) => {
    const parsed = EnterpriseProfileForm.safeParse(JSON.parse(json))
    return parsed.success ? [profileFacts(parsed.data, now)] : []
  })
}

/**
 * Who a change reaches before it is published: each 示例 enterprise by name, and the enterprises
 * with a saved profile counted. `before` is the live version (null when there is none).
 */
export function dryRun(
  before: PolicySeed | null,
  after: PolicySeed,
  samples: readonly Candidate[],
  profiles: readonly Facts[],
  today: string,
): DryRun {
  const rows = samples.map((s) => ({
    id: s.id,
    name: s.name,
    ...compare(before, after, s.facts, today),
  }))
  return {
    samples: rows,
    sampleCounts: tally(rows),
    profiles: tally(profiles.map((facts) => compare(before, after, facts, today))),
  }
}
