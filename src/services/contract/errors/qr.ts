/** Error codes of 一码通 codes and 取号. */
export const QR_ERRORS = ['EXPIRY_PAST', 'POINT_CLOSED', 'TICKET_ALREADY_TAKEN'] as const
export type QrErrorCode = (typeof QR_ERRORS)[number]
