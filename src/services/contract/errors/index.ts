import { COMMON_ERRORS } from './common'
import { FILES_ERRORS } from './files'
import { ACCOUNT_ERRORS } from './account'
import { BOOKING_ERRORS } from './booking'
import { CASES_ERRORS } from './cases'
import { FAMILY_ERRORS } from './family'
import { FINANCE_ERRORS } from './finance'
import { GUIDE_ERRORS } from './guide'
import { LABS_ERRORS } from './labs'
import { LEGAL_ERRORS } from './legal'
import { LIFE_ERRORS } from './life'
import { MEDIA_ERRORS } from './media'
import { POLICY_ERRORS } from './policy'
import { QR_ERRORS } from './qr'
import { STAFF_ERRORS } from './staff'
import { MESSAGES_ERRORS } from './messages'
import { ADMIN_PLACES_ERRORS } from './admin-places'
import { ADMIN_CONTENT_ERRORS } from './admin-content'
import { ADMIN_CATALOG_ERRORS } from './admin-catalog'
import { SUPERVISION_ERRORS } from './admin-supervision'
import { ADMIN_SEARCH_ERRORS } from './admin-search'

export * from './common'
export * from './files'
export * from './account'
export * from './booking'
export * from './cases'
export * from './family'
export * from './finance'
export * from './guide'
export * from './labs'
export * from './legal'
export * from './life'
export * from './media'
export * from './policy'
export * from './qr'
export * from './staff'
export * from './messages'
export * from './admin-places'
export * from './admin-content'
export * from './admin-catalog'
export * from './admin-supervision'
export * from './admin-search'

/** Every code the server may answer with, joined from the domains' lists. */
export const ERROR_CODES = [
  ...COMMON_ERRORS,
  ...FILES_ERRORS,
  ...ACCOUNT_ERRORS,
  ...BOOKING_ERRORS,
  ...CASES_ERRORS,
  ...FAMILY_ERRORS,
  ...FINANCE_ERRORS,
  ...GUIDE_ERRORS,
  ...LABS_ERRORS,
  ...LEGAL_ERRORS,
  ...LIFE_ERRORS,
  ...MEDIA_ERRORS,
  ...POLICY_ERRORS,
  ...QR_ERRORS,
  ...STAFF_ERRORS,
  ...MESSAGES_ERRORS,
  ...ADMIN_PLACES_ERRORS,
  ...ADMIN_CONTENT_ERRORS,
  ...ADMIN_CATALOG_ERRORS,
  ...SUPERVISION_ERRORS,
  ...ADMIN_SEARCH_ERRORS,
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

const known: ReadonlySet<string> = new Set(ERROR_CODES)

/** Whether a code from the wire is one this client knows (a newer server may send others). */
export function isErrorCode(code: string): code is ErrorCode {
  return known.has(code)
}
