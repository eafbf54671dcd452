import type { BindAccountRequest } from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.life)

export const listAccounts = () => call('GET /api/v1/utilities/accounts').then((r) => r.items)

export const bindAccount = (body: BindAccountRequest) =>
  call('POST /api/v1/utilities/accounts', { body })

export const unbindAccount = (id: string) =>
  call('DELETE /api/v1/utilities/accounts/:id', { params: { id } })

export const listBills = (accountId: string) =>
  call('GET /api/v1/utilities/accounts/:id/bills', { params: { id: accountId } })

export const payBill = (billId: string, idempotencyKey: string) =>
  call('POST /api/v1/utilities/payments', { body: { billId } }, { idempotencyKey })

export const getReceipt = (id: string) =>
  call('GET /api/v1/utilities/payments/:id', { params: { id } })
