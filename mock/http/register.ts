import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  endpoints,
  splitKey,
  type EndpointDef,
  type EndpointKey,
  type HandlerInput,
} from '../../src/services/contract'
import { unauthorized } from './errors'
import {
  requestHash,
  requireIdempotencyKey,
  type Idempotency,
  type StoredReply,
} from './idempotency'
import type { Authenticate } from '../auth/authenticate'
import { asError, syncCalendarHook, type SyncCalendar } from './calendar-sync'
import { keptBytesFor } from './kept-compressed'
import type { Handler, Handlers, RequestContext, Session } from './types'
import { answerText, responseJson, validateInput, type AnswerBody } from './validation'

export interface RouteDeps {
  now: () => Date
  authenticate: Authenticate
  idempotency: Idempotency
  /**
   * The 管理后台's cookie session, accepted on `/api/v1/admin/` endpoints only; like
   * `authenticate`, it brings the holiday calendar up to date with the session it reads.
   */
  authenticateConsole?: (cookieHeader: string | undefined, now: Date) => Promise<Session | null>
  /** Refuses (throws) a signed-in caller the console's endpoints (`/api/v1/admin/`). */
  authorize?: (path: string, session: Session) => Promise<void>
  /**
   * Brings the holiday calendar up to the database's before a handler runs. `authenticate` does
   * it with the session it reads (one query for both); this runs for every other request.
   */
  syncCalendar?: SyncCalendar
}

/** What an endpoint's `onRequest` may be given to check (Fastify's callback-style hook). */
type Done = (error?: Error) => void

const contractRoutes = new Set<string>(Object.keys(endpoints))

/** Whether a route is a contract endpoint (registered below). */
export const isContractRoute = (method: string, url: string): boolean =>
  contractRoutes.has(`${method} ${url}`)

const CONSOLE_PATH = '/api/v1/admin/'

/** One route per contract endpoint; `Handlers` makes a missing or mistyped handler a compile error. */
export function registerEndpoints(app: FastifyInstance, handlers: Handlers, deps: RouteDeps): void {
  for (const key of Object.keys(endpoints) as EndpointKey[]) {
    registerEndpoint(app, key, handlers, deps)
  }
}

/** What is sent: JSON text, or bytes (a kept answer encoded before, see `responseJson`). */
interface Answer {
  statusCode: number
  body: AnswerBody
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: Answer,
  replayed: boolean,
): FastifyReply {
  if (replayed) reply.header('idempotency-replayed', 'true')
  const { body } = answer
  reply.status(answer.statusCode).type('application/json; charset=utf-8')
  return reply.send(typeof body === 'string' ? body : keptBytesFor(request, reply, body))
}

const stored = ({ statusCode, body }: Answer): StoredReply => ({
  statusCode,
  json: answerText(body),
})
const fromStore = ({ statusCode, json }: StoredReply): Answer => ({ statusCode, body: json })

/**
 * Anonymous endpoints whose answer cannot depend on the holiday calendar: they skip the read of
 * its version that every other request makes. The health check is polled by load balancers and
 * monitors, and answers only the server's status, version and time.
 */
const CALENDAR_FREE = new Set<EndpointKey>(['GET /api/v1/health'])

function registerEndpoint<K extends EndpointKey>(
  app: FastifyInstance,
  key: K,
  handlers: Handlers,
  deps: RouteDeps,
): void {
  const handler: Handler<K> = handlers[key]
  const def: EndpointDef = endpoints[key]
  const { method, path } = splitKey(key)
  if (def.creates && !def.auth) {
    throw new Error(`${key}: Idempotency-Key is scoped per user, so a creating endpoint needs auth`)
  }
  const sessions = new WeakMap<FastifyRequest, Session>()
  const toJson = responseJson(def)

  const consoleSession = async (request: FastifyRequest) => {
    if (!path.startsWith(CONSOLE_PATH) || !deps.authenticateConsole) return null
    return deps.authenticateConsole(request.headers.cookie, deps.now())
  }
  // Checked before the body is read: an anonymous caller cannot make us parse 1 MiB.
  const requireSessionAsync = async (request: FastifyRequest) => {
    const session =
      (await deps.authenticate(request.headers.authorization, deps.now())) ??
      (await consoleSession(request))
    if (!session) throw unauthorized()
    await deps.authorize?.(path, session)
    sessions.set(request, session)
  }
  // Outside the console, a bearer session read at once (SQLite, connection free) decides without
  // a promise; anything else (a console cookie, PostgreSQL, a calendar to reload) goes the
  // asynchronous way above, which reads it again and decides the same.
  const atOnce = !path.startsWith(CONSOLE_PATH)
  const requireSession = (request: FastifyRequest, _reply: FastifyReply, done: Done): void => {
    const session = atOnce
      ? deps.authenticate.atOnce(request.headers.authorization, deps.now())
      : undefined
    if (session) {
      sessions.set(request, session)
      done()
    } else if (session === null) {
      done(unauthorized())
    } else {
      requireSessionAsync(request).then(
        () => done(),
        (error: unknown) => done(asError(error)),
      )
    }
  }
  const syncCalendar = CALENDAR_FREE.has(key) ? undefined : deps.syncCalendar
  const onRequest = def.auth ? requireSession : syncCalendar && syncCalendarHook(syncCalendar)

  app.route({
    method,
    url: path, // the contract's `:id` segments are Fastify's own syntax
    ...(onRequest && { onRequest }),
    handler: (request, reply) => {
      const session = sessions.get(request) ?? null
      const idempotencyKey = def.creates
        ? requireIdempotencyKey(request.headers['idempotency-key'])
        : null
      const input = validateInput(def, request)
      // Sound by construction: `input` was parsed by this endpoint's own schemas, and the
      // session is present exactly when `def.auth` is true.
      const ctx = {
        ip: request.ip,
        now: deps.now(),
        log: request.log,
        userAgent: request.headers['user-agent'] ?? '',
        setCookie: (cookie: string) => {
          void reply.header(
            'set-cookie',
            request.protocol === 'https' ? `${cookie}; Secure` : cookie,
          )
        },
        session,
      } as RequestContext<K>
      const respond = (output: unknown): Answer => ({
        statusCode: def.creates ? 201 : 200,
        body: toJson(output),
      })
      if (idempotencyKey === null || session === null) {
        // A handler that answers without waiting (the health check) is sent at once: no promise.
        const output = handler(input as HandlerInput<K>, ctx)
        if (!(output instanceof Promise)) {
          send(request, reply, respond(output), false)
          return undefined
        }
        return output.then((awaited) => send(request, reply, respond(awaited), false))
      }
      const scope = {
        userId: session.userId,
        key: idempotencyKey,
        hash: requestHash(request.method, request.url, request.body),
      }
      return deps
        .idempotency(scope, async () =>
          stored(respond(await handler(input as HandlerInput<K>, ctx))),
        )
        .then(({ reply: result, replayed }) => send(request, reply, fromStore(result), replayed))
    },
  })
}
