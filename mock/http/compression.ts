import { constants } from 'node:zlib'
import fastifyCompress from '@fastify/compress'
import type { FastifyInstance } from 'fastify'

const BODILESS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** What is compressed: answers of at least this many bytes, in the first of these the client takes. */
export const COMPRESS_FROM_BYTES = 1024
export const ENCODINGS = ['br', 'gzip'] as const

/**
 * Brotli or gzip for the H5 bundles, the page and API JSON over 1 KB: the first page shrinks from
 * ~700 KB to ~220 KB on a slow phone network. Brotli at quality 4 compresses about as well as gzip
 * at a fraction of quality 11's CPU, which matters when it runs per request.
 */
export function installCompression(app: FastifyInstance): void {
  // A request without a body has nothing to inflate: no decompression hook on its route.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    if (methods.every((method) => BODILESS.has(method))) route.decompress = false
  })
  void app.register(fastifyCompress, {
    global: true,
    threshold: COMPRESS_FROM_BYTES,
    encodings: [...ENCODINGS],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  })
}
