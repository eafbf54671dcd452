/** Error codes of 智能导办. */
export const GUIDE_ERRORS = ['GUIDE_ANSWER_STALE'] as const
export type GuideErrorCode = (typeof GUIDE_ERRORS)[number]
