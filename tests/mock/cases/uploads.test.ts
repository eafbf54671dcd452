import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { BLUR_THRESHOLD, isBlurred, MAX_UPLOAD_BYTES } from '../../../src/services/contract'
import type { Sql } from '../../../mock/db/engine'
import { authed, login, testApp } from '../helpers'
import { blurredJpeg, jpeg, multipart, pdf, png, upload } from './support'

const uploadDir = mkdtempSync(join(tmpdir(), 'qs-uploads-'))
let app: FastifyInstance
let sql: Sql
let owner: string

beforeAll(async () => {
  ;({ app, sql } = testApp({ uploadDir }))
  owner = await login(app, 'dev:uploader')
})
afterAll(async () => {
  await app.close()
  rmSync(uploadDir, { recursive: true, force: true })
})

describe('uploads', () => {
  test('the type comes from the content, with the size of images and a sha256', async () => {
    const photo = png(720, 1280)
    const res = await upload(app, owner, '身份证人像面.png', photo)
    expect(res.status).toBe(201)
    expect(res.data).toMatchObject({
      name: '身份证人像面.png',
      mime: 'image/png',
      width: 720,
      height: 1280,
      size: photo.length,
      sha256: createHash('sha256').update(photo).digest('hex'),
    })
    expect(res.data.sharpness).toBeGreaterThan(BLUR_THRESHOLD)
    const renamed = await upload(app, owner, 'scan.pdf', jpeg(640, 860))
    expect(renamed.data).toMatchObject({
      name: 'scan.pdf',
      mime: 'image/jpeg',
      width: 640,
      height: 860,
    })
    expect(renamed.data.sharpness).toBeGreaterThan(BLUR_THRESHOLD)
    expect((await upload(app, owner, 'a.pdf', pdf())).data).toMatchObject({
      mime: 'application/pdf',
      width: null,
      sharpness: null,
    })
  }, 20_000)

  test('anything else is refused in words, whatever it is called', async () => {
    const exe = await upload(app, owner, 'photo.jpg', Buffer.from('MZ\x90\x00 not an image'))
    expect([exe.status, exe.error.message]).toEqual([
      415,
      '只能上传 JPG、PNG 照片或 PDF 文件，请重新拍照或另存为 PDF 后上传',
    ])
    const empty = await upload(app, owner, 'x.png', Buffer.alloc(0))
    expect(empty.status).toBe(400)
    const html = await upload(app, owner, 'photo.png', Buffer.from('<html><script>x</script>'))
    expect(html.status).toBe(415)
    const big = Buffer.concat([pdf(), Buffer.alloc(MAX_UPLOAD_BYTES)])
    const tooBig = await upload(app, owner, 'big.pdf', big)
    expect([tooBig.status, tooBig.error.message]).toEqual([
      413,
      '文件超过10MB，请压缩或分页后重新上传',
    ])
  })

  test('two files in one request, or a body that is no form, are refused with what to do', async () => {
    const one = multipart('a.pdf', pdf('a'))
    const boundary = '----qs-test-boundary'
    // The first part without the closing `--…--`, then the whole form again: two file parts.
    const closing = Buffer.from(`--${boundary}--\r\n`)
    const twice = Buffer.concat([one.body.subarray(0, one.body.length - closing.length), one.body])
    const two = await app.inject(
      authed(owner, {
        method: 'POST',
        url: '/api/v1/uploads',
        payload: twice,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      }),
    )
    expect([two.statusCode, two.json().error.code]).toEqual([400, 'ONE_FILE_ONLY'])
    const notForm = await app.inject(
      authed(owner, { method: 'POST', url: '/api/v1/uploads', payload: { file: 'x' } }),
    )
    expect([notForm.statusCode, notForm.json().error.code]).toEqual([400, 'NO_FILE'])
  })

  test('a file with image magic bytes that is no image (disguised or cut off) is refused', async () => {
    const whole = png(800, 600, 12)
    const disguised = Buffer.concat([whole.subarray(0, 33), Buffer.from('MZ\x90\x00 payload')])
    const cutOff = jpeg(800, 600, 13).subarray(0, 600)
    for (const [name, bytes] of [
      ['id.png', disguised],
      ['id.jpg', cutOff],
    ] as const) {
      const res = await upload(app, owner, name, bytes)
      expect([res.status, res.error.code, res.error.message]).toEqual([
        415,
        'BROKEN_IMAGE',
        '照片文件已损坏或不完整，无法打开，请重新拍照或重新选择照片后上传',
      ])
    }
  })

  test('a blurred photo is stored with its low sharpness score', async () => {
    const res = await upload(app, owner, '模糊.jpg', blurredJpeg(640, 860, 21))
    expect(res.status).toBe(201)
    expect(res.data.sharpness).toBeLessThan(BLUR_THRESHOLD)
    const stored = await sql
      .selectFrom('uploads')
      .select('sharpness')
      .where('id', '=', res.data.id)
      .executeTakeFirst()
    expect(stored?.sharpness).toBe(res.data.sharpness)
  }, 20_000)

  test('a sharp 证件照 passes the server’s blur check; the same photo out of focus does not', async () => {
    const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures', name))
    const sharp = await upload(app, owner, '证件照.jpg', fixture('passport-sharp.jpg'))
    expect(sharp.status).toBe(201)
    expect(isBlurred(sharp.data.sharpness ?? 0)).toBe(false)
    const soft = await upload(app, owner, '证件照-模糊.jpg', fixture('passport-blur-3.jpg'))
    expect(isBlurred(soft.data.sharpness ?? 0)).toBe(true)
  }, 20_000)

  test('a path in the file name is dropped; the same bytes are stored once on disk', async () => {
    const bytes = png(800, 600, 77)
    const a = await upload(app, owner, '../../etc/passwd.png', bytes)
    const b = await upload(app, owner, 'again.png', bytes)
    expect(a.data.name).toBe('passwd.png')
    expect(a.data.id).not.toBe(b.data.id)
    expect(readdirSync(join(uploadDir, a.data.sha256.slice(0, 2)))).toEqual([a.data.sha256])
  })

  test('only its owner downloads a file; signed-out callers are refused before the body is read', async () => {
    const bytes = png(900, 900, 5)
    const { data } = await upload(app, owner, 'mine.png', bytes)
    const mine = await app.inject(
      authed(owner, { method: 'GET', url: `/api/v1/uploads/${data.id}` }),
    )
    expect(mine.statusCode).toBe(200)
    expect(mine.rawPayload.equals(bytes)).toBe(true)
    const other = await login(app, 'dev:snooper')
    const theirs = await app.inject(
      authed(other, { method: 'GET', url: `/api/v1/uploads/${data.id}` }),
    )
    expect(theirs.statusCode).toBe(404)
    const { body, contentType } = multipart('x.png', bytes)
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      payload: body,
      headers: { 'content-type': contentType },
    })
    expect(anonymous.statusCode).toBe(401)
    const wrongField = multipart('x.png', bytes, 'photo')
    const missing = await app.inject(
      authed(owner, {
        method: 'POST',
        url: '/api/v1/uploads',
        payload: wrongField.body,
        headers: { 'content-type': wrongField.contentType },
      }),
    )
    expect(missing.statusCode).toBe(400)
  })
})
