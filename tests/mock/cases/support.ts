import type { FastifyInstance } from 'fastify'
import type { CaseApplication, CaseDetail, CaseForm, Upload } from '../../../src/services/contract'
import { blurred, documentPixels, encodeJpeg, encodePng } from '../../support/document-image'
import { authed, json, makeIdNumber, makeUscc, type ErrorJson } from '../helpers'

import { call } from '../appointment/support'

export { call, newKey } from '../appointment/support'

/** Encoding is slow in pure JS: each image is made once per test file. */
function once(make: (width: number, height: number, salt: number) => Buffer) {
  const made = new Map<string, Buffer>()
  return (width: number, height: number, salt = 0): Buffer => {
    const key = `${width}x${height}#${salt}`
    const image = made.get(key) ?? make(width, height, salt)
    made.set(key, image)
    return image
  }
}

/** A real PNG of a photographed page (the server decodes it to score its sharpness). */
export const png = once((width, height, salt) => encodePng(documentPixels(width, height, salt)))

/** The same page as a camera JPEG. */
export const jpeg = once((width, height, salt) => encodeJpeg(documentPixels(width, height, salt)))

/** A page photographed out of focus. */
export const blurredJpeg = once((width, height, salt) =>
  encodeJpeg(blurred(documentPixels(width, height, salt), 4)),
)

/** Big enough for 材料体检 (the short side is over 600 px), small enough to make quickly. */
export const PAGE = { width: 640, height: 860 } as const

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

/** The merged form of an item or bundle (诊所备案一件事 unless told), as `token` sees it. */
export async function caseFormOf(
  app: FastifyInstance,
  token: string,
  source: { kind: 'item' | 'bundle'; id: string } = CLINIC,
): Promise<CaseForm> {
  const url = `/api/v1/cases/form?kind=${source.kind}&id=${source.id}`
  return (await call<CaseForm>(app, token, 'GET', url)).data
}

const VALUES: Record<string, string> = {
  idNumber: makeIdNumber(),
  phone: '13812345678',
  uscc: makeUscc(),
  applicantName: '王丽',
}

function valueFor(field: CaseForm['fields'][number]): string {
  if (field.rule === 'id_number') return makeIdNumber('19850101', '456')
  if (field.rule === 'date') return '2020-03-01'
  if (field.rule === 'choice') return field.choices?.[0] ?? ''
  return `${field.label}内容`
}

/** Every field filled with a valid value and every required material given one fresh upload. */
export async function completeApplication(
  app: FastifyInstance,
  token: string,
  form: CaseForm,
): Promise<CaseApplication> {
  const fields = Object.fromEntries(form.fields.map((f) => [f.key, VALUES[f.key] ?? valueFor(f)]))
  const materials = []
  let salt = 0
  for (const { material } of form.materials.filter((m) => m.material.required)) {
    salt += 1
    const res = await upload(app, token, `${material.name}.pdf`, pdf(`${material.name} ${salt}`))
    materials.push({ materialId: material.id, uploadIds: [res.data.id], licenceId: null })
  }
  return { fields, materials }
}

/** A complete 诊所备案一件事 application from `token`, filed as it is in the mini program. */
export async function submitClinicCase(
  app: FastifyInstance,
  token: string,
  form: CaseForm,
): Promise<CaseDetail> {
  const body = { source: CLINIC, ...(await completeApplication(app, token, form)) }
  return (await call<CaseDetail>(app, token, 'POST', '/api/v1/cases', body)).data
}
