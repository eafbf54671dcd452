import type { FastifyInstance } from 'fastify'
import type { CaseApplication, CaseForm, Upload } from '../../../src/services/contract'
import { authed, json, makeIdNumber, makeUscc, type ErrorJson } from '../helpers'

export { call, newKey } from '../appointment/support'

/** A PNG header of the given size: enough for the server's sniffing, which reads no further. */
export function png(width: number, height: number, salt = 0): Buffer {
  const header = Buffer.alloc(33)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0)
  header.writeUInt32BE(13, 8)
  header.write('IHDR', 12, 'latin1')
  header.writeUInt32BE(width, 16)
  header.writeUInt32BE(height, 20)
  header.writeUInt32BE(salt, 29)
  return header
}

/** A minimal JPEG: SOI, then a baseline SOF0 frame header carrying the size. */
export function jpeg(width: number, height: number): Buffer {
  const frame = Buffer.from([0xff, 0xc0, 0, 11, 8, 0, 0, 0, 0, 1, 1, 0x11, 0])
  frame.writeUInt16BE(height, 5)
  frame.writeUInt16BE(width, 7)
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0]),
    frame,
    Buffer.from([0xff, 0xd9]),
  ])
}

export const pdf = (text = 'x') => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`)

export function multipart(filename: string, data: Buffer, field = 'file') {
  const boundary = '----qs-test-boundary'
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
        `Content-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}

export async function upload(
  app: FastifyInstance,
  token: string,
  filename: string,
  data: Buffer,
): Promise<{ status: number; data: Upload; error: ErrorJson['error'] }> {
  const { body, contentType } = multipart(filename, data)
  const res = await app.inject(
    authed(token, {
      method: 'POST',
      url: '/api/v1/uploads',
      payload: body,
      headers: { 'content-type': contentType },
    }),
  )
  const parsed = json<{ data: Upload } & ErrorJson>(res)
  return { status: res.statusCode, data: parsed.data, error: parsed.error }
}

export const CLINIC = { kind: 'bundle', id: 'bundle-clinic-filing' } as const

const VALUES: Record<string, string> = {
  idNumber: makeIdNumber(),
  phone: '13812345678',
  uscc: makeUscc(),
  applicantName: '王丽',
}

/** Every field filled with a valid value and every required material given one fresh upload. */
export async function completeApplication(
  app: FastifyInstance,
  token: string,
  form: CaseForm,
): Promise<CaseApplication> {
  const fields = Object.fromEntries(
    form.fields.map((f) => [
      f.key,
      VALUES[f.key] ??
        (f.rule === 'id_number' ? makeIdNumber('19850101', '456') : `${f.label}内容`),
    ]),
  )
  const materials = []
  let salt = 0
  for (const { material } of form.materials.filter((m) => m.material.required)) {
    salt += 1
    const res = await upload(app, token, `${material.name}.png`, png(1200, 1600, salt))
    materials.push({ materialId: material.id, uploadIds: [res.data.id], ecert: false })
  }
  return { fields, materials }
}
