/** Error codes of 惠企政策. */
export const POLICY_ERRORS = ['POLICY_NEEDS_NO_APPLICATION'] as const
export type PolicyErrorCode = (typeof POLICY_ERRORS)[number]
