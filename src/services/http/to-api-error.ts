import { isAxiosError } from 'axios'
import { ErrorBody } from '../contract'
import { ApiError, DEFAULT_MESSAGES } from './api-error'

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return null
  }
}

/** Turns whatever axios threw into our one ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (!isAxiosError(error)) return new ApiError('network', DEFAULT_MESSAGES.network)
  const response = error.response
  if (!response) {
    const timedOut = error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT'
    return timedOut
      ? new ApiError('timeout', DEFAULT_MESSAGES.timeout)
      : new ApiError('network', DEFAULT_MESSAGES.network)
  }
  const status = response.status
  const parsed = ErrorBody.safeParse(parseBody(response.data))
  const body = parsed.success ? parsed.data.error : undefined
  if (status === 401) {
    return new ApiError(
      'unauthorized',
      body?.message ?? DEFAULT_MESSAGES.unauthorized,
      status,
      body?.code,
    )
  }
  if (status >= 400 && status < 500 && body) {
    return new ApiError('business', body.message, status, body.code, body.fields)
  }
  return new ApiError('http', `${DEFAULT_MESSAGES.http}（错误码 ${status}）`, status, body?.code)
}
