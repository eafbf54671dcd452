import fastifyCors from '@fastify/cors'
import type { FastifyInstance } from 'fastify'

const API_CORS = {
  origin: '*',
  allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
  methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
  exposedHeaders: ['Idempotency-Replayed'],
  maxAge: 600,
}

const isApi = (url: string | undefined) => url?.startsWith('/api/') ?? false

/**
 * The H5 dev server runs on another port. Any origin may call `/api/`: no cookies are used,
 * a bearer token is, so a foreign page gains nothing it could not already do. API answers are
 * personal: never cached, never sniffed.
 */
export function installApiHeaders(app: FastifyInstance): void {
  void app.register(fastifyCors, {
    hook: 'onRequest',
    // The delegator's answer replaces the options, so it carries all of them.
    delegator: (request, callback) =>
      callback(null, isApi(request.url) ? API_CORS : { origin: false }),
  })
  app.addHook('onRequest', async (request, reply) => {
    if (!isApi(request.url)) return
    reply.header('cache-control', 'no-store')
    reply.header('x-content-type-options', 'nosniff')
  })
}
