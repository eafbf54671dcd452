/** Error codes of 亲情代办 grants and acting for someone. */
export const FAMILY_ERRORS = [
  'GRANT_CLAIMED',
  'GRANT_CODE_EXPIRED',
  'GRANT_CODE_FORGED',
  'GRANT_CODE_INVALID',
  'GRANT_CODE_TOO_MANY',
  'GRANT_CODE_USED',
  'GRANT_EXPIRED',
  'GRANT_FOR_HELPER',
  'GRANT_ITEM_UNKNOWN',
  'GRANT_REVOKED',
  'GRANT_SELF',
  'PROXY_EXPIRED',
  'PROXY_HELPER_REVOKED',
  'PROXY_NOT_GRANTEE',
  'PROXY_OUT_OF_SCOPE',
  'PROXY_REVOKED',
] as const
export type FamilyErrorCode = (typeof FAMILY_ERRORS)[number]
