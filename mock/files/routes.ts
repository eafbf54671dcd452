import type { FastifyInstance, FastifyRequest } from 'fastify'
import { filePath, MAX_UPLOAD_BYTES } from '../../src/services/contract'
import { toUpload } from '../modules/cases/view'
import type { Repos } from '../modules/repositories'
import { ApiError, notFound, unauthorized } from '../http/errors'
import type { Session } from '../http/types'
import type { FileStore } from './file-store'
import { registerMultipart } from './multipart'
import { createScorePool } from './pool'
import { checkQuotaOf, storeUpload } from './store'

export interface UploadDeps {
  repos: Repos
  /** Where the bytes live; instances that share it serve each other's uploads. */
  files: FileStore
  now: () => Date
  authenticate: (authorization: string | undefined, now: Date) => Promise<Session | null>
}

const tooLarge = () => new ApiError(413, 'FILE_TOO_LARGE', '文件超过10MB，请压缩或分页后重新上传')
const noFile = () => new ApiError(400, 'NO_FILE', '没有收到文件，请重新选择照片或PDF后上传')
const oneFile = () => new ApiError(400, 'ONE_FILE_ONLY', '一次只能上传一个文件，请逐个上传')

/**
 * `POST /api/v1/uploads` (multipart, field `file`) and `GET /api/v1/uploads/:id` (owner, or the
 * 帮办员 of a case that uses it). Outside the JSON contract: the body is a file, not JSON.
 */
export async function uploadRoutes(scope: FastifyInstance, deps: UploadDeps): Promise<void> {
  const { repos } = deps
  const pool = createScorePool()
  scope.addHook('onClose', pool.close)
  scope.addHook('onReady', () => deps.files.sweep())
  const session = async (request: FastifyRequest): Promise<Session> => {
    const found = await deps.authenticate(request.headers.authorization, deps.now())
    if (!found) throw unauthorized()
    return found
  }
  // One file part per request is all an upload needs (WeChat's uploadFile sends exactly that).
  await registerMultipart(
    scope,
    { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 12, headerPairs: 20 },
    { tooLarge, tooMany: oneFile, noFile },
    'upload failed',
  )

  scope.post(
    filePath('POST /api/v1/uploads'),
    {
      // Before the body is read: an anonymous caller, or one over the daily caps, cannot make us
      // read 10 MB.
      onRequest: async (request) => {
        await checkQuotaOf(repos, (await session(request)).userId, deps.now(), 0)
      },
    },
    async (request, reply) => {
      const { userId } = await session(request)
      if (!request.isMultipart()) throw noFile()
      let part: { filename: string; data: Buffer } | undefined
      // A second file part ends the loop with the plugin's files limit (ONE_FILE_ONLY).
      for await (const field of request.parts()) {
        if (field.type === 'file' && field.fieldname === 'file') {
          part = { filename: field.filename, data: await field.toBuffer() }
        } else if (field.type === 'file') {
          field.file.resume()
        }
      }
      if (!part) throw noFile()
      const row = await storeUpload({ repos, files: deps.files, pool }, userId, part, deps.now())
      return reply.status(201).send({ data: toUpload(row) })
    },
  )

  scope.get<{ Params: { id: string } }>(
    filePath('GET /api/v1/uploads/:id'),
    async (request, reply) => {
      const { userId } = await session(request)
      const row = await repos.uploads.find(request.params.id)
      const allowed =
        row && (row.user_id === userId || (await repos.uploads.helperMaySee(userId, row.id)))
      if (!row || !allowed) throw notFound('没有找到该文件，或您无权查看')
      const file = await deps.files.open(row.stored_as)
      if (!file) throw notFound('文件已丢失，请重新上传')
      return reply
        .type(row.mime)
        .header('content-length', file.size)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.name)}`)
        .header('cache-control', 'private, no-store')
        .send(file.stream)
    },
  )
}
