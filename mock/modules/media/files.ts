import { statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { statusOf } from '../../http/errors'
import { MEDIA_PATH } from './clips'

const SERVED = new Set(['.mp4', '.webm', '.jpg'])

/**
 * `GET /api/v1/media/files/:name` with byte ranges (players seek with them; WeChat's Video and
 * Safari refuse a video without 206 answers). Routes exist only for the files present at start,
 * so no request can reach outside the folder. No sign-in: a `<video src>` sends no token.
 */
export async function mediaFileRoutes(
  scope: FastifyInstance,
  { dir }: { dir: string },
): Promise<void> {
  await scope.register(fastifyStatic, {
    root: dir,
    prefix: `${MEDIA_PATH}/`,
    decorateReply: false,
    wildcard: false,
    index: false,
    maxAge: '1d',
    allowedPath: (pathname) => SERVED.has(extname(pathname)),
  })
  // A 416 names the size (RFC 9110 §15.5.17) so the player can ask again; the parent handler
  // then answers in the contract.
  scope.setErrorHandler((error, request, reply) => {
    if (statusOf(error) === 416) {
      const size = statSync(join(dir, basename(request.url.split('?')[0] ?? ''))).size
      reply.header('content-range', `bytes */${size}`)
    }
    throw error
  })
}
