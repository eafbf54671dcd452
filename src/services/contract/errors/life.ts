/** Error codes of 生活缴费. */
export const LIFE_ERRORS = [
  'BILL_ALREADY_PAID',
  'BIND_ATTEMPTS_EXCEEDED',
  'HOLDER_CHECK_FAILED',
] as const
export type LifeErrorCode = (typeof LIFE_ERRORS)[number]
