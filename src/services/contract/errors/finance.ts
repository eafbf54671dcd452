/** Error codes of 金融服务: loans and credit self-assessment. */
export const FINANCE_ERRORS = [
  'ALREADY_DECIDED',
  'CREDIT_ASSESSMENT_REQUIRED',
  'GRADE_TOO_LOW',
] as const
export type FinanceErrorCode = (typeof FINANCE_ERRORS)[number]
