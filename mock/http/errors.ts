import type { FastifyError, FastifyInstance } from 'fastify'
import type { ErrorBody } from '../../src/services/contract'

/** An answer the client is meant to read: status, stable code and a Chinese message saying what to do. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'ApiError'
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields && { fields: this.fields }),
      },
    }
  }
}

export const unauthorized = () => new ApiError(401, 'UNAUTHORIZED', '登录已过期，请重新登录')
export const notFound = (message: string) => new ApiError(404, 'NOT_FOUND', message)

/** Fastify's own 4xx errors, translated; anything else is a 500. */
const FRAMEWORK_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [
    400,
    'INVALID_JSON',
    '提交的内容不是有效的 JSON，请检查格式后重试',
  ],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    400,
    'UNSUPPORTED_MEDIA_TYPE',
    '仅支持 JSON 格式的请求，请将 Content-Type 设为 application/json',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', '提交的内容过大（上限1MB），请精简后重试'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_REQUEST', '请求内容不完整，请重试'],
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as Partial<FastifyError>).code === 'string'
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (isFastifyError(error)) {
    const known = FRAMEWORK_ERRORS[error.code]
    if (known) return new ApiError(...known)
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return new ApiError(error.statusCode, 'BAD_REQUEST', '请求格式不正确，请检查后重试')
    }
  }
  return new ApiError(500, 'INTERNAL', '服务暂时不可用，请稍后重试')
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error)
    if (apiError.statusCode >= 500) request.log.error({ err: error }, 'request failed')
    else request.log.info({ code: apiError.code, status: apiError.statusCode }, 'request rejected')
    return reply.status(apiError.statusCode).send(apiError.toBody())
  })
}

export function notFoundBody(): ErrorBody {
  return notFound('没有找到该接口，请检查地址或升级到最新版本').toBody()
}
