import * as z from 'zod/mini'
import { isErrorCode } from '../contract'
import { ApiError, DEFAULT_MESSAGES } from './api-error'

/**
 * The error body as it comes over the wire: a code this client does not know (from a newer
 * server) still carries its message, it just matches no typed code.
 */
const WireErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.string())),
  }),
})

/**
 * The ApiError of a non-2xx answer, from its status and (parsed) body. Free of axios, so callers
 * outside the request layer (uploads) keep axios out of the weapp main package.
 */
export function errorFromResponse(status: number, data: unknown): ApiError {
  const parsed = WireErrorBody.safeParse(data)
  const body = parsed.success ? parsed.data.error : undefined
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
