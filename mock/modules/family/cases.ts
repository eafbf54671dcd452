import type { CaseRequest } from '../../../src/services/contract'
import { caseForm } from '../cases/form'
import { submitCase } from '../cases/submit'
import type { Repos } from '../repositories'
import { onBehalf } from './act'

/** 一键代办 for oneself, or under a grant for the grantor (every item of a 一件事 must be in scope). */
export async function submitOnBehalf(
  repos: Repos,
  callerId: string,
  request: CaseRequest,
  now: Date,
) {
  const itemIds =
    request.actingFor === undefined
      ? []
      : (await caseForm(repos, request.source)).items.map((i) => i.id)
  return onBehalf(repos, {
    actingFor: request.actingFor,
    callerId,
    itemIds,
    action: 'applied',
    now,
    run: (ownerId) => submitCase(repos, ownerId, request, now, callerId),
  })
}
