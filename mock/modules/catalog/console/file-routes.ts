import type { FastifyInstance, FastifyRequest } from 'fastify'
import { beijingDate, filePath, MAX_CATALOG_SHEET_BYTES } from '../../../../src/services/contract'
import type { Sql } from '../../../db/engine'
import { unauthorized } from '../../../http/errors'
import type { Session } from '../../../http/types'
import { registerMultipart } from '../../../files/multipart'
import { consoleAuthenticator } from '../../admin/cookie'
import { consoleGuard } from '../../admin/guard'
import type { Repos } from '../../repositories'
import { previewImport } from './import-service'
import { sheetInvalid } from './sheet'
import { loadCurrent, loadVocabulary } from './state'
import { catalogWorkbook } from './workbook'

export interface CatalogFileDeps {
  sql: Sql
  repos: Repos
  now: () => Date
  authenticate: (authorization: string | undefined, now: Date) => Promise<Session | null>
}

const noFile = () => sheetInvalid('没有收到文件，请选择实施清单（.xlsx 或 .csv）后上传')
const tooLarge = () => sheetInvalid('文件超过8MB，请删除多余的工作表、图片后重新上传')

/**
 * The 实施清单 upload (multipart, field `file` → preview) and export (XLSX). Outside the JSON
 * contract like the app's uploads; the same console session and administrator check apply.
 */
export async function catalogFileRoutes(
  scope: FastifyInstance,
  deps: CatalogFileDeps,
): Promise<void> {
  const guard = consoleGuard(deps.repos)
  const fromCookie = consoleAuthenticator(deps.repos.admin)
  const sessions = new WeakMap<FastifyRequest, Session>()
  const requireAdmin = async (request: FastifyRequest) => {
    const at = deps.now()
    const session =
      (await deps.authenticate(request.headers.authorization, at)) ??
      (await fromCookie(request.headers.cookie, at))
    if (!session) throw unauthorized()
    await guard(request.url.split('?')[0] ?? '', session)
    sessions.set(request, session)
  }
  const sessionOf = (request: FastifyRequest): Session => {
    const session = sessions.get(request)
    if (!session) throw unauthorized()
    return session
  }
  await registerMultipart(
    scope,
    { fileSize: MAX_CATALOG_SHEET_BYTES, files: 1, fields: 5, parts: 6, headerPairs: 20 },
    { tooLarge, tooMany: () => sheetInvalid('一次只能上传一个实施清单文件'), noFile },
    'catalog file request failed',
  )

  scope.post(
    filePath('POST /api/v1/admin/catalog/imports'),
    { onRequest: requireAdmin },
    async (request, reply) => {
      const { userId } = sessionOf(request)
      if (!request.isMultipart()) throw noFile()
      let part: { filename: string; data: Buffer } | undefined
      for await (const field of request.parts()) {
        if (field.type === 'file' && field.fieldname === 'file') {
          part = { filename: field.filename, data: await field.toBuffer() }
        } else if (field.type === 'file') {
          field.file.resume()
        }
      }
      if (!part) throw noFile()
      const preview = await previewImport(deps.sql, {
        actorId: userId,
        fileName: part.filename || '实施清单',
        data: part.data,
        now: deps.now(),
      })
      return reply.status(201).send({ data: preview })
    },
  )

  scope.get(
    filePath('GET /api/v1/admin/catalog/export'),
    { onRequest: requireAdmin },
    async (_request, reply) => {
      const [words, current] = await Promise.all([loadVocabulary(deps.sql), loadCurrent(deps.sql)])
      const body = await catalogWorkbook(
        [...current.values()].map((c) => c.record),
        words,
      )
      const name = `青山区实施清单-${beijingDate(deps.now())}.xlsx`
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
        .header('cache-control', 'private, no-store')
        .send(body)
    },
  )
}
