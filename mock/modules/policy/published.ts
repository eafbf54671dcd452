import type { PolicyContentRepo } from './content-repository'
import type { PolicySeed } from './types'

export interface PolicySet {
  list: readonly PolicySeed[]
  byId: ReadonlyMap<string, PolicySeed>
}

/** Whether the policy still applies on `today` (its 有效期 not past). */
export const inForce = (p: PolicySeed, today: string) =>
  p.validUntil === null || p.validUntil >= today

/**
 * The published policies, parsed once per version: every request reads the version (one row),
 * and a publish from any process moves it on, so no process serves a policy the console replaced.
 */
export function publishedPolicies(repo: Pick<PolicyContentRepo, 'version' | 'published'>) {
  let cached: { version: number; set: Promise<PolicySet> } | undefined
  const load = async (): Promise<PolicySet> => {
    const rows = await repo.published()
    const list = rows.flatMap((r) =>
      r.published_json === null ? [] : [JSON.parse(r.published_json) as PolicySeed],
    )
    return { list, byId: new Map(list.map((p) => [p.id, p])) }
  }
  /** `known`: the version, when it was read with something else just now. */
  return async (known?: number): Promise<PolicySet> => {
    const version = known ?? (await repo.version())
    if (cached && cached.version === version) return cached.set
    const set = load()
    // A request that read an older version than the cached one computes for itself.
    if (!cached || version > cached.version) {
      const entry = { version, set }
      cached = entry
      set.catch(() => {
        if (cached === entry) cached = undefined
      })
    }
    return set
  }
}
