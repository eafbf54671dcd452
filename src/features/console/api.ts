import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.admin)

export const previewConsoleSignIn = (code: string) =>
  call('POST /api/v1/admin/sign-in/scan', { body: { code } })

export const confirmConsoleSignIn = (code: string) =>
  call('POST /api/v1/admin/sign-in/confirm', { body: { code } })

export const refuseConsoleSignIn = (code: string) =>
  call('POST /api/v1/admin/sign-in/refuse', { body: { code } })

export const claimStaffInvite = (code: string) =>
  call('POST /api/v1/staff/invites/claim', { body: { code } })
