/** Error codes of 法律咨询. */
export const LEGAL_ERRORS = ['SELF_CONSULTATION', 'TOO_MANY_WAITING'] as const
export type LegalErrorCode = (typeof LEGAL_ERRORS)[number]
