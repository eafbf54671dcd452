/** Error codes of the console's service points, holiday calendar and 一码通 zones. */
export const ADMIN_PLACES_ERRORS = [
  'POINT_HOURS_INVALID',
  'POINT_OUTSIDE_DISTRICT',
  'POINT_ITEM_UNKNOWN',
  'POINT_NAME_TAKEN',
  'CALENDAR_INVALID',
  'QR_ZONE_EXISTS',
  'QR_TARGET_UNKNOWN',
  'QR_CODE_REVOKED',
] as const
export type AdminPlacesErrorCode = (typeof ADMIN_PLACES_ERRORS)[number]
