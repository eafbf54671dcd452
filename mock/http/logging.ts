import type { FastifyServerOptions } from 'fastify'
import { redact } from '../../src/services/contract'

/** Deep-redacts plain data; framework objects are left to the serializers below. */
export function redactDeep(value: unknown): unknown {
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map(redactDeep)
  if (value !== null && typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) return value
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)]))
  }
  return value
}

interface LoggableError {
  name?: string
  message?: string
  stack?: string
  code?: string
}

/**
 * Every string that reaches the log goes through the contract's `redact()`: an ID number, USCC
 * or mobile number is never written whole. Request bodies are never logged.
 */
export function loggerOptions(
  stream: NodeJS.WritableStream | undefined,
  level = 'info',
): FastifyServerOptions['logger'] {
  if (!stream) return false
  return {
    level,
    stream,
    serializers: {
      req: (req) => ({
        method: req.method,
        url: redact(req.url ?? ''),
        remoteAddress: req.ip,
      }),
      res: (res) => ({ statusCode: res.statusCode }),
      err: (err: LoggableError) => ({
        type: err.name ?? 'Error',
        code: err.code,
        message: redact(err.message ?? ''),
        stack: redact(err.stack ?? ''),
      }),
    },
    formatters: { log: (object) => redactDeep(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const safe = args.map((arg) => (typeof arg === 'string' ? redact(arg) : arg))
        method.apply(this, safe as Parameters<typeof method>)
      },
    },
  }
}
