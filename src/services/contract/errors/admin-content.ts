/** Error codes of the console's content pages (labs, lawyers, the live schedule, videos). */
export const ADMIN_CONTENT_ERRORS = ['LIVE_OVERLAP', 'LIVE_NOT_EDITABLE', 'LAB_SLOT_FULL'] as const
export type AdminContentErrorCode = (typeof ADMIN_CONTENT_ERRORS)[number]
