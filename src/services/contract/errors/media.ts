/** Error codes of 政务直播. */
export const MEDIA_ERRORS = ['LIVE_FINISHED', 'LIVE_ON_AIR'] as const
export type MediaErrorCode = (typeof MEDIA_ERRORS)[number]
