import type { BindAccountRequest } from '../../services/contract'
import { callerFor } from '../../services/http'
import { lifeEndpoints } from '../../services/contract/endpoints/life'

const call = /* #__PURE__ */ callerFor(lifeEndpoints)

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
