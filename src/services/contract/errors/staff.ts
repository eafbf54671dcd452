/** Error codes of Staff roles. */
export const STAFF_ERRORS = [
  'CANNOT_REVOKE_SELF',
  'PROFILE_MISSING',
  'ROLE_ALREADY_GRANTED',
  'ROLE_ALREADY_REVOKED',
] as const
export type StaffErrorCode = (typeof STAFF_ERRORS)[number]
