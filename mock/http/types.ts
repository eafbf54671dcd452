import type { FastifyBaseLogger } from 'fastify'
import type { EndpointKey, Endpoints, HandlerInput, Output } from '../../src/services/contract'

export interface Session {
  userId: string
  /** sha256 of the bearer token: enough to end the session, useless to an attacker. */
  tokenHash: string
  /** Set when the request came with the 管理后台's session cookie instead of a bearer token. */
  consoleSessionId?: string
  /** Whether the user held a live administrator grant, read with the console session just now. */
  consoleAdmin?: boolean
}

interface BaseContext {
  ip: string
  /** The request's clock reading, taken once so one request sees one time. */
  now: Date
  log: FastifyBaseLogger
  /** The browser's User-Agent ('' when absent): the 管理后台 sign-in shows which browser asks. */
  userAgent: string
  /** Adds a Set-Cookie header (`; Secure` is added over HTTPS). */
  setCookie: (cookie: string) => void
}

/** Endpoints with `auth: true` always get a session; the others never do. */
export type RequestContext<K extends EndpointKey = EndpointKey> = BaseContext & {
  session: Endpoints[K]['auth'] extends true ? Session : null
}

export type Handler<K extends EndpointKey> = (
  input: HandlerInput<K>,
  ctx: RequestContext<K>,
) => Output<K> | Promise<Output<K>>

/**
 * A creating endpoint's handler runs inside the transaction that stores its Idempotency-Key
 * (see idempotency.ts). It may await the database only: whatever it needs from outside (WeChat,
 * the upload workers) comes first, because on SQLite the open transaction holds every request.
 */
export type CreatingHandler<K extends EndpointKey> = Handler<K>

export type Handlers = {
  [K in EndpointKey]: Endpoints[K] extends { creates: true } ? CreatingHandler<K> : Handler<K>
}
