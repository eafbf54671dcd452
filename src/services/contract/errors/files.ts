/** Error codes of Uploads (材料照片、附件). */
export const FILES_ERRORS = [
  'BROKEN_IMAGE',
  'EMPTY_FILE',
  'FILE_TOO_LARGE',
  'IMAGE_TOO_LARGE',
  'IMAGE_TOO_SLOW',
  'NO_FILE',
  'ONE_FILE_ONLY',
  'UNSUPPORTED_FILE',
  'UPLOADS_BUSY',
  'UPLOAD_DAILY_BYTES',
  'UPLOAD_DAILY_COUNT',
  'UPLOAD_NOT_SAVED',
] as const
export type FilesErrorCode = (typeof FILES_ERRORS)[number]
