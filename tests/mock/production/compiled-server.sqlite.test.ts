import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startServer, stopServers, type ServerProcess } from '../../support/server-processes'

/**
 * `npm run server` runs the server compiled ahead of time (dist-server/): the files it reads next
 * to its sources at run time must still be found from the bundle.
 */
jest.setTimeout(120_000)

const ROOT = path.resolve(__dirname, '../../..')
const dir = mkdtempSync(path.join(tmpdir(), 'qs-compiled-'))
let server: ServerProcess

beforeAll(async () => {
  // A new database file, not a copy of the test template: the migrations run from their folder.
  server = await startServer({ DATABASE_PATH: path.join(dir, 'app.db'), QS_DB_TEMPLATE: '' })
})
afterAll(async () => {
  await stopServers([server])
  rmSync(dir, { recursive: true, force: true })
})

test('answers from dist-server/ on a database it migrated and seeded itself', async () => {
  expect(existsSync(path.join(ROOT, 'dist-server', 'main.js'))).toBe(true)
  const health = await fetch(`${server.base}/api/v1/health`)
  expect(health.status).toBe(200)
  const signIn = await fetch(`${server.base}/api/v1/auth/wechat-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'dev:compiled' }),
  })
  const { token } = ((await signIn.json()) as { data: { token: string } }).data
  const points = await fetch(`${server.base}/api/v1/service-points`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(
    ((await points.json()) as { data: { items: unknown[] } }).data.items.length,
  ).toBeGreaterThan(0)
})

test('serves the media clips that live next to their module', async () => {
  const clip = await fetch(`${server.base}/api/v1/media/files/steps-2.jpg`)
  expect(clip.status).toBe(200)
  expect(clip.headers.get('content-type')).toBe('image/jpeg')
})

test('builds the OpenAPI document when first asked, not at start', async () => {
  const document = await fetch(`${server.base}/api/v1/openapi.json`)
  expect(((await document.json()) as { openapi: string }).openapi).toMatch(/^3\./)
})
