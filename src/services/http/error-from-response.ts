import { isErrorCode } from '../contract'
import { ApiError, DEFAULT_MESSAGES } from './api-error'

interface WireError {
  code: string
  message: string
  fields?: Record<string, string>
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string')

/**
 * The error body as it comes over the wire: a code this client does not know (from a newer
 * server) still carries its message, it just matches no typed code. Checked by hand, not with
 * zod: an upload's refusal is read in its subpackage, where zod is not loaded (lazy-endpoints.ts).
 */
function wireError(data: unknown): WireError | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const error = (data as { error?: unknown }).error
  if (typeof error !== 'object' || error === null) return undefined
  const { code, message, fields } = error as Record<string, unknown>
  if (typeof code !== 'string' || typeof message !== 'string') return undefined
  if (fields === undefined) return { code, message }
  return isStringRecord(fields) ? { code, message, fields } : undefined
}

/**
 * The ApiError of a non-2xx answer, from its status and (parsed) body. Free of axios, so callers
 * outside the request layer (uploads) keep axios out of the weapp main package.
 */
export function errorFromResponse(status: number, data: unknown): ApiError {
  const body = wireError(data)
  const code = body && isErrorCode(body.code) ? body.code : undefined
  if (status === 401) {
    return new ApiError(
      'unauthorized',
      body?.message ?? DEFAULT_MESSAGES.unauthorized,
      status,
      code,
    )
  }
  if (status >= 400 && status < 500 && body) {
    return new ApiError('business', body.message, status, code, body.fields)
  }
  return new ApiError('http', `${DEFAULT_MESSAGES.http}（错误码 ${status}）`, status, code)
}
