import { checkScope, type ScopeCheck, type FamilyErrorCode } from '../../../src/services/contract'
import type { Repos } from '../repositories'
import { ApiError } from '../../http/errors'
import { audit } from './audit'
import { clockOf, itemIdsOf } from './stored'
import { maskedGrantee } from './view'

type Refusal = Exclude<ScopeCheck, { ok: true }>['reason']

const REFUSALS: Record<Refusal, [FamilyErrorCode, string]> = {
  not_grantee: [
    'PROXY_NOT_GRANTEE',
    '您没有获得这位家人的授权，不能代为办理；请让家人在“亲情代办”里授权给您',
  ],
  not_claimed: ['PROXY_NOT_GRANTEE', '您还没有确认这项授权，请先输入家人告诉您的授权码'],
  revoked: ['PROXY_REVOKED', '家人已撤销对您的授权，不能再代为办理；如需继续，请让家人重新授权'],
  expired: ['PROXY_EXPIRED', '授权已到期，不能再代为办理；如需继续，请让家人重新授权'],
  out_of_scope: ['PROXY_OUT_OF_SCOPE', '该授权不包含此事项，请让家人重新授权'],
}

interface OnBehalf<T> {
  /** The grant named in the request; undefined = the caller acts for themself. */
  actingFor: string | undefined
  callerId: string
  /** Every item the action concerns (a 一件事 has several). */
  itemIds: readonly string[]
  action: 'booked' | 'applied'
  now: Date
  /** Does the action for `ownerId`; what it returns is audited by its id. */
  run: (ownerId: string) => T | Promise<T>
}

/**
 * Runs an action in one transaction for the caller, or — under a grant — for the grantor, after
 * checking that the caller is the grantee, the grant is live and the items are in scope. The
 * audit row is written in the same transaction as the action, so there is never one without the
 * other; the grant is held meanwhile, so a revocation waits for the action or refuses it.
 */
export async function onBehalf<T extends { id: string }>(
  repos: Repos,
  input: OnBehalf<T>,
): Promise<T> {
  const { actingFor, callerId, itemIds, now } = input
  return repos.proxy.transaction(async () => {
    if (actingFor === undefined) return input.run(callerId)
    const grant = await repos.proxy.findHeld(actingFor)
    const check = grant
      ? checkScope(
          { ...clockOf(grant), granteeId: grant.grantee_id, itemIds: itemIdsOf(grant) },
          callerId,
          itemIds,
          now,
        )
      : ({ ok: false, reason: 'not_grantee' } as const)
    if (!grant || !check.ok) {
      const [code, message] = REFUSALS[check.ok ? 'not_grantee' : check.reason]
      throw new ApiError(403, code, message)
    }
    // A grant to “a 帮办员 of the centre” lasts only while the grantee is one.
    if (grant.grantee_kind === 'helper' && !(await repos.roles.holds(callerId, 'helper'))) {
      throw new ApiError(
        403,
        'PROXY_HELPER_REVOKED',
        '您已不再担任帮办员，不能再代为办理；请家人到政务服务中心另请帮办员',
      )
    }
    const result = await input.run(grant.grantor_id)
    for (const itemId of itemIds) {
      await audit(
        repos,
        { grantId: grant.id, actorId: callerId, action: input.action, itemId, targetId: result.id },
        now,
      )
    }
    return result
  })
}

/** "李*" on the grantor's booking or case made under a grant; nothing otherwise. */
export async function actedBy(repos: Repos, targetId: string): Promise<{ actedBy?: string }> {
  const grant = await repos.proxy.grantOfTarget(targetId)
  return grant ? { actedBy: maskedGrantee(grant.grantee_name) } : {}
}
