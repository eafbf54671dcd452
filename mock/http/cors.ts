import type { FastifyInstance } from 'fastify'

const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key'

/**
 * The H5 dev server runs on another port. Any origin may call `/api/`: no cookies are used,
 * a bearer token is, so a foreign page gains nothing it could not already do.
 */
export function installApiHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return
    reply.header('access-control-allow-origin', '*')
    reply.header('access-control-allow-headers', ALLOWED_HEADERS)
    reply.header('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
    reply.header('access-control-expose-headers', 'Idempotency-Replayed')
    reply.header('access-control-max-age', '600')
    reply.header('cache-control', 'no-store')
    reply.header('x-content-type-options', 'nosniff')
    if (request.method === 'OPTIONS') return reply.status(204).send()
  })
}
