import type { ApplicationRequest, CreditRequest, DecisionRequest } from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.finance)
const policyCall = lazyCallerFor(endpointsOf.policy)

export const listProducts = () => call('GET /api/v1/finance/products').then((r) => r.items)

export const assessCredit = (body: CreditRequest) =>
  call('POST /api/v1/finance/credit-assessments', { body })

export const applyForLoan = (body: ApplicationRequest, idempotencyKey: string) =>
  call('POST /api/v1/finance/applications', { body }, { idempotencyKey })

export const myApplications = () => call('GET /api/v1/finance/applications').then((r) => r.items)

export const getApplication = (id: string) =>
  call('GET /api/v1/finance/applications/:id', { params: { id } })

export const bankApplications = () =>
  call('GET /api/v1/finance/bank/applications').then((r) => r.items)

export const decide = (id: string, body: DecisionRequest) =>
  call('POST /api/v1/finance/applications/:id/decision', { params: { id }, body })

/** The 企业画像 of the enterprise the user acts for; it fails when acting as a person. */
export const enterpriseProfile = () => policyCall('GET /api/v1/policy/profile')
