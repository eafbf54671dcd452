import { isAxiosError } from 'axios'
import { ApiError, DEFAULT_MESSAGES } from './api-error'
import { errorFromResponse } from './error-from-response'

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
  return errorFromResponse(response.status, parseBody(response.data))
}
