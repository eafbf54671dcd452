import {
  LogController,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify'
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
 * or mobile number is never written whole. Request bodies are never logged. Fastify's own two
 * lines per request are replaced by one (`OneLinePerRequest`).
 */
export function loggerOptions(
  stream: LogStream | undefined,
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

/** What one request line carries: its id (`reqId`, bound by Fastify), route, client, outcome, time. */
function requestLine(request: FastifyRequest, reply: FastifyReply) {
  return {
    method: request.method,
    url: redact(request.url),
    remoteAddress: request.ip,
    statusCode: reply.statusCode,
    responseTime: Math.round(reply.elapsedTime * 100) / 100,
  }
}

/**
 * One line per answered request where Fastify writes two ("incoming request" and "request
 * completed", each through the req/res serializers): half the logging work per request, with
 * everything the two lines carried. Fastify's other lines (errors, 404s) are left as they are.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply) {
    if (error) reply.log.error({ ...requestLine(request, reply), err: error }, 'request errored')
    else reply.log.info(requestLine(request, reply), 'request completed')
  }
}

/** Where pino writes: one JSON line per call. */
export interface LogStream {
  write: (line: string) => void
}

interface Corkable {
  write: (chunk: string) => boolean
  cork: () => void
  uncork: () => void
}

/**
 * Writes the log lines of one turn of the event loop together (one `writev` where each line
 * would cost a system call of its own): under load, that system call was most of a request
 * line's cost. Whatever is pending goes out when the process exits.
 */
export function batchedLines(out: Corkable): LogStream {
  let corked = false
  const flush = () => {
    if (!corked) return
    corked = false
    out.uncork()
  }
  process.once('exit', flush)
  return {
    write: (line: string) => {
      if (!corked) {
        corked = true
        out.cork()
        setImmediate(flush)
      }
      out.write(line)
    },
  }
}
