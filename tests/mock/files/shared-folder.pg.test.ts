import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { freshDatabase } from '../../support/postgres'
import { POSTGRES_ENV } from '../../support/postgres-setup'
import { pdf, png, upload } from '../cases/support'
import { authed, login, testApp } from '../helpers'

// Two instances of the server on one PostgreSQL database and one upload folder (a shared mount
// in production): whichever one a request reaches, the files are the same.
const uploadDir = mkdtempSync(join(tmpdir(), 'qs-shared-uploads-'))
let one: FastifyInstance
let two: FastifyInstance

beforeAll(async () => {
  const databaseUrl = await freshDatabase(process.env[POSTGRES_ENV] ?? '')
  one = testApp({ databaseUrl, uploadDir }).app
  two = testApp({ databaseUrl, uploadDir }).app
  await Promise.all([one.ready(), two.ready()])
}, 60_000)
afterAll(async () => {
  await Promise.all([one.close(), two.close()])
  rmSync(uploadDir, { recursive: true, force: true })
})

const download = (app: FastifyInstance, token: string, id: string) =>
  app.inject(authed(token, { method: 'GET', url: `/api/v1/uploads/${id}` }))

test('a file uploaded through one instance is downloaded whole through the other', async () => {
  const token = await login(one, 'dev:shared-uploader')
  const photo = png(720, 960, 7)
  const sent = await upload(one, token, '营业执照.png', photo)
  expect(sent.status).toBe(201)
  const got = await download(two, token, sent.data.id)
  expect(got.statusCode).toBe(200)
  expect(got.headers['content-type']).toBe('image/png')
  expect(got.headers['content-length']).toBe(String(photo.length))
  expect(got.rawPayload.equals(photo)).toBe(true)
})

test('the same file sent to both instances at once: two uploads, one whole file, no leftovers', async () => {
  const token = await login(two, 'dev:twice-uploader')
  const bytes = Buffer.concat([pdf('both at once'), Buffer.alloc(512 * 1024, 0x43)])
  const [a, b] = await Promise.all([
    upload(one, token, '申请表.pdf', bytes),
    upload(two, token, '申请表.pdf', bytes),
  ])
  expect([a.status, b.status]).toEqual([201, 201])
  expect(a.data.id).not.toBe(b.data.id)
  const folder = join(uploadDir, a.data.sha256.slice(0, 2))
  expect(readdirSync(folder)).toEqual([a.data.sha256])
  expect(readFileSync(join(folder, a.data.sha256)).equals(bytes)).toBe(true)
  for (const [app, id] of [
    [two, a.data.id],
    [one, b.data.id],
  ] as const) {
    expect((await download(app, token, id)).rawPayload.equals(bytes)).toBe(true)
  }
})
