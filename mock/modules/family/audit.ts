import { randomUUID } from 'node:crypto'
import type { Repos } from '../repositories'
import type { AuditRow } from './repository'

interface AuditInput {
  grantId: string
  actorId: string
  action: AuditRow['action']
  itemId?: string
  targetId?: string
}

/** One row per thing done with or under a grant; call inside the transaction of the action. */
export async function audit(repos: Repos, input: AuditInput, now: Date): Promise<void> {
  await repos.proxy.addAudit({
    id: randomUUID(),
    grant_id: input.grantId,
    actor_id: input.actorId,
    action: input.action,
    item_id: input.itemId ?? null,
    target_id: input.targetId ?? null,
    at: now.toISOString(),
  })
}
