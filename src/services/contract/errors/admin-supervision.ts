/** Error codes of 电子监察. */
export const SUPERVISION_ERRORS = [
  'SUPERVISION_RANGE',
  'SUPERVISION_CASE_CLOSED',
  'SUPERVISION_NO_HELPER',
] as const
export type SupervisionErrorCode = (typeof SUPERVISION_ERRORS)[number]
