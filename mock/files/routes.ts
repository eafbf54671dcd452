import { createReadStream, existsSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { MAX_UPLOAD_BYTES } from '../../src/services/contract'
import { toUpload } from '../modules/cases/view'
import type { Repos } from '../modules/repositories'
import { ApiError, notFound, toApiError, unauthorized } from '../http/errors'
import type { Session } from '../http/types'
import { sweepTemporaryFiles } from './atomic'
import { filePart } from './multipart'
import { createScorePool } from './pool'
import { checkQuotaOf, storeUpload } from './store'

export interface UploadDeps {
  repos: Repos
  dir: string
  now: () => Date
  authenticate: (authorization: string | undefined, now: Date) => Session | null
}

/** Room for the multipart envelope around the largest allowed file. */
const ENVELOPE_BYTES = 64 * 1024

const tooLarge = () => new ApiError(413, 'FILE_TOO_LARGE', '文件超过10MB，请压缩或分页后重新上传')

/**
 * `POST /api/v1/uploads` (multipart, field `file`) and `GET /api/v1/uploads/:id` (owner, or the
 * 帮办员 of a case that uses it). Outside the JSON contract: the body is a file, not JSON.
 */
export async function uploadRoutes(scope: FastifyInstance, deps: UploadDeps): Promise<void> {
  const { repos } = deps
  const pool = createScorePool()
  scope.addHook('onClose', pool.close)
  scope.addHook('onReady', () => sweepTemporaryFiles(deps.dir))
  const session = (request: FastifyRequest): Session => {
    const found = deps.authenticate(request.headers.authorization, deps.now())
    if (!found) throw unauthorized()
    return found
  }
  scope.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES + ENVELOPE_BYTES },
    (_request, body, done) => done(null, body),
  )
  scope.setErrorHandler((error, request, reply) => {
    const code = (error as { code?: unknown }).code
    const apiError = code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? tooLarge() : toApiError(error)
    if (apiError.statusCode >= 500) request.log.error({ err: error }, 'upload failed')
    return reply.status(apiError.statusCode).send(apiError.toBody())
  })

  scope.post(
    '/api/v1/uploads',
    {
      bodyLimit: MAX_UPLOAD_BYTES + ENVELOPE_BYTES,
      // Before the body is read: an anonymous caller, or one over the daily caps, cannot make us
      // buffer 10 MB.
      onRequest: async (request) => {
        checkQuotaOf(repos, session(request).userId, deps.now(), 0)
      },
    },
    async (request, reply) => {
      const { userId } = session(request)
      const contentType = request.headers['content-type'] ?? ''
      const part = Buffer.isBuffer(request.body)
        ? filePart(request.body, contentType, 'file')
        : null
      if (!part) {
        throw new ApiError(400, 'NO_FILE', '没有收到文件，请重新选择照片或PDF后上传')
      }
      const row = await storeUpload({ repos, dir: deps.dir, pool }, userId, part, deps.now())
      return reply.status(201).send({ data: toUpload(row) })
    },
  )

  scope.get<{ Params: { id: string } }>('/api/v1/uploads/:id', async (request, reply) => {
    const { userId } = session(request)
    const row = repos.uploads.find(request.params.id)
    const allowed = row && (row.user_id === userId || repos.uploads.helperMaySee(userId, row.id))
    if (!row || !allowed) throw notFound('没有找到该文件，或您无权查看')
    const path = join(deps.dir, row.stored_as)
    if (!existsSync(path)) throw notFound('文件已丢失，请重新上传')
    return reply
      .type(row.mime)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.name)}`)
      .header('cache-control', 'private, no-store')
      .send(createReadStream(path))
  })
}
