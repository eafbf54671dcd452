import { Negotiator } from '@fastify/accept-negotiator'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { COMPRESS_FROM_BYTES, ENCODINGS } from './compression'

type Encoding = (typeof ENCODINGS)[number]

/**
 * Fastify tells bytes by `instanceof ArrayBuffer`, which a Node Buffer fails when the server runs
 * in another realm (the weapp tests run it inside jsdom): it would send them as a JSON object.
 */
const buffersAreBytes = Buffer.alloc(1).buffer instanceof ArrayBuffer

/** Bytes Fastify sends as they are. */
export const sendable = (bytes: Buffer): Uint8Array =>
  buffersAreBytes ? bytes : new Uint8Array(bytes)

const negotiator = new Negotiator<Encoding>({ supportedValues: [...ENCODINGS] })

/** The encoding @fastify/compress would choose for this request (it reads `*` and x-gzip as gzip). */
function chosenEncoding(request: FastifyRequest): Encoding | null {
  const accepted = request.headers['accept-encoding']
  if (accepted === undefined || request.headers['x-no-compression'] !== undefined) return null
  return negotiator.negotiate(accepted.toLowerCase().replace(/\*|x-gzip/gu, 'gzip'))
}

// Compressed once, so a little slower than the per-request settings: still a few ms at most.
const compress: Record<Encoding, (bytes: Uint8Array) => Buffer> = {
  br: (bytes) =>
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }),
  gzip: (bytes) => gzipSync(bytes, { level: 9 }),
}

const compressedOnce = new WeakMap<Uint8Array, Map<Encoding, Uint8Array>>()

/**
 * A kept answer's bytes (see `responseJson`) as the client accepts them, compressed the first time
 * each encoding is asked for: compressing per request costs a phone's every read 0.1–0.4 ms of
 * server CPU, more than the rest of the answer. @fastify/compress leaves a reply that already
 * has a Content-Encoding as it is.
 */
export function keptBytesFor(request: FastifyRequest, reply: FastifyReply, bytes: Uint8Array) {
  if (bytes.byteLength < COMPRESS_FROM_BYTES) return bytes
  const encoding = chosenEncoding(request)
  if (encoding === null) return bytes
  let byEncoding = compressedOnce.get(bytes)
  if (!byEncoding) {
    byEncoding = new Map()
    compressedOnce.set(bytes, byEncoding)
  }
  let compressed = byEncoding.get(encoding)
  if (!compressed) {
    compressed = sendable(compress[encoding](bytes))
    byEncoding.set(encoding, compressed)
  }
  const vary = reply.getHeader('vary')
  reply.header('vary', vary ? `${String(vary)}, accept-encoding` : 'accept-encoding')
  reply.header('content-encoding', encoding)
  return compressed
}
