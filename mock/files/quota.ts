import { ApiError } from '../http/errors'

/**
 * Per user and rolling 24 hours. A case has at most 10 materials of 10 files each, so 200 files
 * is two whole cases in a day; 500 MB is 50 files at the 10 MB limit, or ≈ 150 phone photos.
 */
export const MAX_UPLOADS_PER_DAY = 200
export const MAX_UPLOAD_BYTES_PER_DAY = 500 * 1024 * 1024

export interface Usage {
  count: number
  bytes: number
}

/** Refuses the next file (`incomingBytes`, 0 when its size is not known yet) over the daily caps. */
export function checkDailyQuota(used: Usage, incomingBytes: number): void {
  if (used.count >= MAX_UPLOADS_PER_DAY) {
    throw new ApiError(
      429,
      'UPLOAD_DAILY_COUNT',
      `24小时内最多上传${MAX_UPLOADS_PER_DAY}个文件，您已达到上限，请明天再上传；材料较多可到政务服务大厅窗口办理`,
    )
  }
  if (used.bytes + incomingBytes > MAX_UPLOAD_BYTES_PER_DAY) {
    throw new ApiError(
      413,
      'UPLOAD_DAILY_BYTES',
      '24小时内上传的文件已超过500MB，请压缩照片或删去不需要的页面后，明天再上传',
    )
  }
}
