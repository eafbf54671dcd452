import { createReadStream, readdirSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { notFound } from '../http/errors'
import { MEDIA_PATH } from './clips'
import { parseRange } from './range'

const TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.jpg': 'image/jpeg',
}

/**
 * `GET /api/v1/media/files/:name` with byte ranges (players seek with them; WeChat's Video and
 * Safari refuse a video without 206 answers). Only files listed at start are served, by exact
 * name, so no request can reach outside the folder. No sign-in: a `<video src>` sends no token.
 */
export async function mediaFileRoutes(
  scope: FastifyInstance,
  { dir }: { dir: string },
): Promise<void> {
  const files = new Map(
    readdirSync(dir)
      .filter((name) => extname(name) in TYPES)
      .map((name) => [name, { path: join(dir, name), size: statSync(join(dir, name)).size }]),
  )
  scope.get<{ Params: { name: string } }>(`${MEDIA_PATH}/:name`, async (request, reply) => {
    const file = files.get(request.params.name)
    if (!file) throw notFound('没有找到这个视频文件，请返回后重新打开')
    reply
      .header('accept-ranges', 'bytes')
      .header('cache-control', 'public, max-age=86400')
      .type(TYPES[extname(request.params.name)] ?? 'application/octet-stream')
    const range = parseRange(request.headers.range, file.size)
    if (range.kind === 'unsatisfiable') {
      return reply
        .status(416)
        .header('content-range', `bytes */${file.size}`)
        .type('application/json; charset=utf-8')
        .send({ error: { code: 'RANGE_NOT_SATISFIABLE', message: '请求的视频片段超出文件范围' } })
    }
    if (range.kind === 'full') {
      return reply.header('content-length', file.size).send(createReadStream(file.path))
    }
    return reply
      .status(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${file.size}`)
      .header('content-length', range.end - range.start + 1)
      .send(createReadStream(file.path, { start: range.start, end: range.end }))
  })
}
