// wx.chooseMedia picks the photos the spec gave; wx.uploadFile posts one as multipart to the server.
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'

type Options = Record<string, unknown> & {
  success?: (result: object) => void
  fail?: (result: object) => void
}

const MIME: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' }

/** The body WeChat sends for uploadFile: the file part `name`, then the formData fields. */
function multipart(field: string, fileName: string, bytes: Buffer, form: Record<string, string>) {
  const boundary = `----wx${randomBytes(8).toString('hex')}`
  const part = (headers: string, body: Buffer | string) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`),
      Buffer.from(body),
      Buffer.from('\r\n'),
    ])
  const type = MIME[fileName.split('.').pop() ?? ''] ?? 'application/octet-stream'
  const body = Buffer.concat([
    ...Object.entries(form).map(([k, v]) => part(`Content-Disposition: form-data; name="${k}"`, v)),
    part(
      `Content-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${type}`,
      bytes,
    ),
    Buffer.from(`--${boundary}--\r\n`),
  ])
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}

export function fileApis(
  server: FastifyInstance | undefined,
  photos: Record<string, Buffer>,
  record: (api: string, args: unknown[]) => void,
) {
  return {
    chooseMedia: (o: Options) => {
      record('chooseMedia', [o])
      const tempFiles = Object.entries(photos).map(([tempFilePath, bytes]) => ({
        tempFilePath,
        size: bytes.length,
        fileType: 'image',
      }))
      setTimeout(() => o.success?.({ errMsg: 'chooseMedia:ok', tempFiles }), 0)
    },
    uploadFile: (o: Options) => {
      record('uploadFile', [o])
      const listeners: ((e: { progress: number }) => void)[] = []
      const path = String(o.filePath)
      const bytes = photos[path]
      const fail = (why: string) => o.fail?.({ errMsg: `uploadFile:fail ${why}` })
      if (!server || !bytes) {
        setTimeout(() => fail(server ? `no such file ${path}` : 'no server'), 0)
      } else {
        const { body, contentType } = multipart(
          String(o.name),
          path.split('/').pop() ?? path,
          bytes,
          (o.formData ?? {}) as Record<string, string>,
        )
        const url = new URL(String(o.url))
        server
          .inject({
            method: 'POST',
            url: url.pathname + url.search,
            headers: { ...(o.header as Record<string, string>), 'content-type': contentType },
            payload: body,
          })
          .then(
            (response) => {
              listeners.forEach((l) => l({ progress: 100 }))
              o.success?.({
                errMsg: 'uploadFile:ok',
                statusCode: response.statusCode,
                data: response.body,
              })
            },
            (error: unknown) => fail(String(error)),
          )
      }
      return { onProgressUpdate: (l: (e: { progress: number }) => void) => void listeners.push(l) }
    },
  }
}
