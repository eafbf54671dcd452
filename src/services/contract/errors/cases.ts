/** Error codes of 一键代办 cases, 好差评 and 投诉. */
export const CASES_ERRORS = [
  'ALREADY_ANSWERED',
  'ALREADY_FOLLOWED_UP',
  'ALREADY_RATED',
  'CASE_NOT_READY',
  'CASE_OPEN',
  'CASE_STATE',
  'CORRECTION_UNCHANGED',
  'NO_BAD_RATING',
  'NO_HELPER_DESK',
] as const
export type CasesErrorCode = (typeof CASES_ERRORS)[number]
