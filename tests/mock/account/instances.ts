import type { Sql } from '../../../mock/db/engine'
import { createRepos, type Repos } from '../../../mock/modules/repositories'
import { threeInstances } from '../../support/three-instances'

/** Three server instances on one PostgreSQL database: the repositories over each pool. */
export async function accountInstances(): Promise<{
  sqls: [Sql, Sql, Sql]
  repos: Repos[]
  close: () => Promise<void>
}> {
  const { sqls, close } = await threeInstances()
  return { sqls, repos: sqls.map((sql) => createRepos(sql)), close }
}

/** The codes of the ApiErrors a burst was refused with, and how many of each. */
export function refusals(results: PromiseSettledResult<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of results) {
    if (r.status !== 'rejected') continue
    const code = String((r.reason as { code?: unknown }).code ?? (r.reason as Error).message)
    counts[code] = (counts[code] ?? 0) + 1
  }
  return counts
}
