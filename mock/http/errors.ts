import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ErrorBody, ErrorCode } from '../../src/services/contract'

/** An answer the client is meant to read: status, stable code and a Chinese message saying what to do. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
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

type Known = [number, ErrorCode, string]

const PAGE_NOT_FOUND: Known = [404, 'NOT_FOUND', '没有找到该页面，请检查网址或回到首页']
const BAD_URL: Known = [400, 'BAD_URL', '网址格式不正确，请检查网址或回到首页']
const URI_TOO_LONG: Known = [414, 'URI_TOO_LONG', '网址过长，请检查网址或回到首页']

/**
 * Fastify's, its plugins' and the static file server's own errors, translated. None of their
 * messages is sent: they echo the URL or name internals.
 */
const FRAMEWORK_ERRORS: Record<string, Known> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [
    400,
    'INVALID_JSON',
    '提交的内容不是有效的 JSON，请检查格式后重试',
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_JSON', '提交的内容为空，请填写后重试'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    400,
    'UNSUPPORTED_MEDIA_TYPE',
    '仅支持 JSON 格式的请求，请将 Content-Type 设为 application/json',
  ],
  FST_ERR_CTP_INVALID_TYPE: [
    400,
    'UNSUPPORTED_MEDIA_TYPE',
    '仅支持 JSON 格式的请求，请将 Content-Type 设为 application/json',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', '提交的内容过大（上限1MB），请精简后重试'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_REQUEST', '请求内容不完整，请重试'],
  FST_ERR_ROUTE_MISSING_CONTENT_TYPE: [400, 'BAD_REQUEST', '请求缺少内容类型，请刷新页面后重试'],
  FST_ERR_ROUTE_MISSING_CONTENT: [400, 'BAD_REQUEST', '请求缺少内容，请刷新页面后重试'],
  FST_ERR_BAD_URL: BAD_URL,
  FST_ERR_INVALID_URL: BAD_URL,
  FST_ERR_MAX_PARAM_LENGTH: URI_TOO_LONG,
  FST_ERR_NOT_FOUND: PAGE_NOT_FOUND,
  FST_STATIC_FORBIDDEN_PATH: PAGE_NOT_FOUND,
}

/** Any other 4xx by its status: the client still learns what to do, never what broke. */
const BY_STATUS: Record<number, Known> = {
  400: [400, 'BAD_REQUEST', '请求格式不正确，请检查后重试'],
  // The static server answers 403 to a path that climbs out of its folder or holds a NUL:
  // to the caller there is simply no such page.
  403: PAGE_NOT_FOUND,
  404: PAGE_NOT_FOUND,
  405: [405, 'METHOD_NOT_ALLOWED', '不支持该请求方式，请刷新页面后重试'],
  408: [408, 'REQUEST_TIMEOUT', '请求超时，请检查网络后重试'],
  411: [411, 'BAD_REQUEST', '请求缺少内容长度，请重试'],
  412: [412, 'PRECONDITION_FAILED', '内容已更新，请刷新页面后重试'],
  413: [413, 'PAYLOAD_TOO_LARGE', '提交的内容过大，请精简后重试'],
  414: URI_TOO_LONG,
  415: [415, 'UNSUPPORTED_MEDIA_TYPE', '不支持该内容格式，请刷新页面后重试'],
  416: [416, 'RANGE_NOT_SATISFIABLE', '请求的内容范围无效，请刷新页面后重试'],
  429: [429, 'RATE_LIMITED', '操作过于频繁，请稍后再试'],
  431: [431, 'HEADERS_TOO_LARGE', '请求头过大，请清理浏览器数据后重试'],
}

export function statusOf(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined
  const { statusCode, status } = error as { statusCode?: unknown; status?: unknown }
  const value = typeof statusCode === 'number' ? statusCode : status
  return typeof value === 'number' ? value : undefined
}

function codeOf(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as Partial<FastifyError>).code : undefined
  return typeof code === 'string' ? code : undefined
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  const known = FRAMEWORK_ERRORS[codeOf(error) ?? '']
  if (known) return new ApiError(...known)
  const status = statusOf(error)
  if (status !== undefined && status >= 400 && status < 500) {
    return new ApiError(...(BY_STATUS[status] ?? [status, 'BAD_REQUEST', BY_STATUS[400]![2]]))
  }
  return new ApiError(500, 'INTERNAL', '服务暂时不可用，请稍后重试')
}

function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const apiError = toApiError(error)
  if (apiError.statusCode >= 500) request.log.error({ err: error }, 'request failed')
  else request.log.info({ code: apiError.code, status: apiError.statusCode }, 'request rejected')
  return reply
    .status(apiError.statusCode)
    .type('application/json; charset=utf-8')
    .send(apiError.toBody())
}

/** For `Fastify({ frameworkErrors })`: a bad or over-long URL, before any route is chosen. */
export const frameworkErrors = (
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) => void sendError(error, request, reply)

/**
 * For `Fastify({ clientErrorHandler })`: what Node's HTTP parser refuses (headers over 16 KiB,
 * a malformed request line) is answered in the contract too, then the socket closes.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400
  const body = JSON.stringify(new ApiError(...BY_STATUS[status]!).toBody())
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    )
  }
  socket.destroy(error)
}

/** Longer than any link the app makes; the static server would otherwise stat it. */
export const MAX_URL_LENGTH = 2048

export const uriTooLong = () => new ApiError(...URI_TOO_LONG)

/** The error handler; overlong URLs are refused by the response-headers hook (security-headers.ts). */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply))
}

export function notFoundBody(): ErrorBody {
  return notFound('没有找到该接口，请检查地址或升级到最新版本').toBody()
}
