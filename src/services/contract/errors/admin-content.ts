/** Error codes of 管理后台 content: labs, lawyers, the live schedule, videos, policies and bank products. */
export const ADMIN_CONTENT_ERRORS = [
  'LIVE_OVERLAP',
  'LIVE_NOT_EDITABLE',
  'LAB_SLOT_FULL',
  'POLICY_RULE_INVALID',
  'POLICY_NO_DRAFT',
  'POLICY_NOT_PUBLISHED',
  'POLICY_CHANGED_MEANWHILE',
  'POLICY_VERSION_UNKNOWN',
  'LOAN_PRODUCT_INVALID',
  'LOAN_PRODUCT_OFF_SHELF',
  'LOAN_PRODUCT_SHELF_UNCHANGED',
] as const
export type AdminContentErrorCode = (typeof ADMIN_CONTENT_ERRORS)[number]
