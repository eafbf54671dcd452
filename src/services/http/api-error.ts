import type { ErrorCode } from '../contract'

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'business' | 'unauthorized'

/** The one error the transport throws. `message` is Chinese and tells the user what to do next. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    readonly code?: ErrorCode,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const DEFAULT_MESSAGES: Record<ApiErrorKind, string> = {
  network: '网络连接失败，请检查网络后点“重试”',
  timeout: '服务器响应超时，请稍后点“重试”',
  http: '服务暂时不可用，请稍后点“重试”',
  business: '请求未能完成，请按提示修改后重试',
  unauthorized: '登录已过期，请重新登录',
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
