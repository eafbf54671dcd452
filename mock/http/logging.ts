import {
  LogController,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify'
import { redact } from '../../src/services/contract'

/** The message of the one line per request (`OneLinePerRequest`). */
const REQUEST_COMPLETED = 'request completed'

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
    formatters: {
      // A request line is built redacted (below); every other object is redacted here.
      log: (object) =>
        object instanceof RequestLine ? object : (redactDeep(object) as Record<string, unknown>),
    },
    hooks: {
      logMethod(args, method) {
        for (let i = 0; i < args.length; i += 1) {
          const arg: unknown = args[i]
          // The request line's own message is ours and constant: nothing in it to redact.
          if (typeof arg === 'string' && arg !== REQUEST_COMPLETED) args[i] = redact(arg)
        }
        method.apply(this, args)
      },
    },
  }
}

/**
 * What one request line carries: its id (`reqId`, bound by Fastify), route, client, outcome, time.
 * Its one string from outside (the URL) is redacted here, so the formatter need not walk it.
 */
class RequestLine {
  readonly method: string
  readonly url: string
  readonly remoteAddress: string
  readonly statusCode: number
  readonly responseTime: number

  constructor(request: FastifyRequest, reply: FastifyReply) {
    this.method = request.method
    this.url = redact(request.url)
    this.remoteAddress = request.ip
    this.statusCode = reply.statusCode
    this.responseTime = Math.round(reply.elapsedTime * 100) / 100
  }
}

/** The levels at which an info line is written. */
const WRITES_INFO = new Set(['trace', 'debug', 'info'])

/**
 * One line per answered request where Fastify writes two ("incoming request" and "request
 * completed", each through the req/res serializers): half the logging work per request, with
 * everything the two lines carried. Fastify's other lines (errors, 404s) are left as they are.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply) {
    if (error)
      reply.log.error({ ...new RequestLine(request, reply), err: error }, 'request errored')
    // The line is built (its URL redacted) only when it will be written.
    else if (WRITES_INFO.has(reply.log.level))
      reply.log.info(new RequestLine(request, reply), REQUEST_COMPLETED)
  }
}

/** Where pino writes: one JSON line per call. */
export interface LogStream {
  write: (line: string) => void
}

interface Writable {
  write: (chunk: string) => unknown
}

export interface Batching {
  /** A line waits at most this long… */
  maxDelayMs: number
  /** …or until this many characters are pending. */
  maxChars: number
}

const BATCHING: Batching = { maxDelayMs: 50, maxChars: 16_384 }

/**
 * Collects log lines and writes them together, at most `maxDelayMs` after the first one or once
 * `maxChars` are pending: each write to the pipe wakes the process reading it, and under load
 * those wake-ups cost more CPU than the lines themselves (one write per event-loop turn was
 * ≈ 50 µs per request on a two-core machine; one per 16 KiB is a fraction of a µs). Whatever is
 * pending goes out when the process exits.
 */
export function batchedLines(out: Writable, batching: Batching = BATCHING): LogStream {
  let pending = ''
  let timer: NodeJS.Timeout | undefined
  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    if (pending === '') return
    const chunk = pending
    pending = ''
    out.write(chunk)
  }
  process.once('exit', flush)
  return {
    write: (line: string) => {
      pending += line
      if (pending.length >= batching.maxChars) flush()
      else timer ??= setTimeout(flush, batching.maxDelayMs).unref()
    },
  }
}
