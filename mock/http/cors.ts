import type { FastifyInstance } from 'fastify'

/**
 * The H5 dev server runs on another port. Any origin may call `/api/`: no cookies are used,
 * a bearer token is, so a foreign page gains nothing it could not already do. API answers are
 * personal: never cached, never sniffed. Worked out once, set with the security headers in one
 * hook (security-headers.ts), where @fastify/cors rebuilt its options on every request.
 */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Idempotency-Replayed',
  vary: 'Origin',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
}

/** What a preflight (`OPTIONS` before a cross-origin call) is told, on top of `API_HEADERS`. */
const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
  'access-control-allow-headers': 'Authorization,Content-Type,Idempotency-Key',
  'access-control-max-age': '600',
}

export const isApiUrl = (url: string) => url.startsWith('/api/')

/** Answers every API preflight; the other headers come with every API answer. */
export function installApiPreflight(app: FastifyInstance): void {
  app.options('/api/*', (_request, reply) => {
    void reply.headers(PREFLIGHT_HEADERS).header('content-length', '0').status(204).send()
  })
}
