/** Error codes of 检测 bookings and reports. */
export const LABS_ERRORS = ['ALREADY_REPORTED'] as const
export type LabsErrorCode = (typeof LABS_ERRORS)[number]
