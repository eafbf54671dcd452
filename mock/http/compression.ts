import { createRequire } from 'node:module'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import fastifyCompress from '@fastify/compress'
import type negotiateType from '@fastify/accept-negotiator'
import type { FastifyInstance, FastifyReply } from 'fastify'

const BODILESS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Answers smaller than this go out as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD = 1024
const ENCODINGS: ('br' | 'gzip')[] = ['br', 'gzip']
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }

/** The negotiator @fastify/compress (our dependency) brings, so both choose alike. */
const fromCompress = createRequire(createRequire(__filename).resolve('@fastify/compress'))
const negotiate = fromCompress('@fastify/accept-negotiator') as typeof negotiateType

/**
 * Brotli or gzip for the H5 bundles, the page and API JSON over 1 KB: the first page shrinks from
 * ~700 KB to ~220 KB on a slow phone network. Brotli at quality 4 compresses about as well as gzip
 * at a fraction of quality 11's CPU, which matters when it runs per request. Contract endpoints
 * carry none of the plugin's hooks (register.ts passes `compress: false`): they know their JSON
 * when they send it and compress it there (`sendJson`), so the many small answers pay nothing.
 */
export function installCompression(app: FastifyInstance): void {
  // A request without a body has nothing to inflate: no decompression hook on its route.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    if (methods.every((method) => BODILESS.has(method))) route.decompress = false
  })
  void app.register(fastifyCompress, {
    global: true,
    threshold: COMPRESSION_THRESHOLD,
    encodings: ENCODINGS,
    brotliOptions: BROTLI_OPTIONS,
  })
}

const compressors = {
  br: (json: string) => promisify(brotliCompress)(json, BROTLI_OPTIONS),
  gzip: (json: string) => promisify(gzip)(json),
}

/** The encoding to answer in, as @fastify/compress chooses it; null for none. */
function encodingFor(reply: FastifyReply): 'br' | 'gzip' | null {
  const { headers } = reply.request
  const accepted = headers['accept-encoding']
  if (accepted === undefined || headers['x-no-compression'] !== undefined) return null
  return negotiate(accepted.toLowerCase().replace(/\*|x-gzip/g, 'gzip'), ENCODINGS)
}

/** `Vary` gains `accept-encoding` (after the API's `Origin`), as @fastify/compress adds it. */
function varyOnEncoding(reply: FastifyReply): void {
  const vary = reply.getHeader('vary')
  const values = vary === undefined ? [] : Array.isArray(vary) ? vary : [String(vary)]
  if (values.some((value) => value.includes('accept-encoding'))) return
  void reply.header('vary', [...values, 'accept-encoding'].join(', '))
}

/**
 * Sends a JSON answer, brotli- or gzip-compressed when it reaches the threshold and the client
 * accepts either; a small answer (most of them) is sent as it is, at no cost.
 */
export async function sendJson(reply: FastifyReply, json: string): Promise<FastifyReply> {
  const encoding =
    json.length * 3 < COMPRESSION_THRESHOLD || Buffer.byteLength(json) < COMPRESSION_THRESHOLD
      ? null
      : encodingFor(reply)
  if (encoding === null) return reply.send(json)
  const body = await compressors[encoding](json)
  varyOnEncoding(reply)
  return reply.header('content-encoding', encoding).send(body)
}
