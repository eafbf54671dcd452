import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { authed, json, login, testApp, type ErrorJson } from './helpers'

// A bundle that compresses well, as real ones do (repeated component code).
const BUNDLE =
  'export function TaroView(props) { return createElement("taro-view-core", props) }\n'.repeat(200)

describe('serving the H5 build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qs-h5-'))
  beforeAll(() => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>智慧政务服务管家</title>')
    mkdirSync(join(dir, 'js'))
    writeFileSync(join(dir, 'js', 'app.js'), 'console.log(1)')
    writeFileSync(join(dir, 'js', 'app.3f9a0c1e.js'), BUNDLE)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('serves files, falls back to index.html for history-mode routes, keeps API 404s JSON', async () => {
    const { app } = testApp({ staticDir: dir })
    const file = await app.inject({ method: 'GET', url: '/js/app.js' })
    const route = await app.inject({
      method: 'GET',
      url: '/packages/points/pages/list/index?kind=mall',
    })
    const root = await app.inject({ method: 'GET', url: '/' })
    const api = await app.inject({ method: 'GET', url: '/api/v1/not-a-route' })
    const post = await app.inject({ method: 'POST', url: '/somewhere', payload: {} })
    await app.close()
    expect(file.body).toBe('console.log(1)')
    expect(route.statusCode).toBe(200)
    expect(route.headers['content-type']).toMatch(/text\/html/)
    expect(route.body).toContain('智慧政务服务管家')
    expect(root.body).toContain('智慧政务服务管家')
    expect(api.statusCode).toBe(404)
    expect(json<ErrorJson>(api).error.code).toBe('NOT_FOUND')
    expect(post.statusCode).toBe(404)
  })

  it('compresses what a browser accepts, and caches hashed bundles for a year but never the page', async () => {
    const { app } = testApp({ staticDir: dir })
    const get = (url: string, encoding?: string) =>
      app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} })
    const brotli = await get('/js/app.3f9a0c1e.js', 'br, gzip')
    const gzip = await get('/js/app.3f9a0c1e.js', 'gzip')
    const plain = await get('/js/app.3f9a0c1e.js')
    const page = await get('/packages/points/pages/list/index', 'gzip')
    const token = await login(app, 'dev:slow-phone')
    const catalog = await app.inject(
      authed(token, {
        method: 'GET',
        url: '/api/v1/catalog/items?page=1',
        headers: { 'accept-encoding': 'gzip' },
      }),
    )
    await app.close()
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(BUNDLE)
    expect(brotli.rawPayload.length).toBeLessThan(BUNDLE.length / 10)
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(BUNDLE)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(BUNDLE)
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(catalog.headers['content-encoding']).toBe('gzip')
    expect(JSON.parse(gunzipSync(catalog.rawPayload).toString()).data.items.length).toBeGreaterThan(
      0,
    )
    expect(catalog.headers['cache-control']).toBe('no-store')
  })

  it('sends the build’s own .br and .gz files as they are, cached as the files they stand for', async () => {
    const built = mkdtempSync(join(tmpdir(), 'qs-h5-built-'))
    const page = '<!doctype html><title>智慧政务服务管家</title>'.padEnd(2000, ' ')
    const bundle = join(built, 'js', 'app.0a1b2c3d.js')
    mkdirSync(join(built, 'js'))
    writeFileSync(join(built, 'index.html'), page)
    writeFileSync(join(built, 'index.html.br'), brotliCompressSync(page))
    writeFileSync(bundle, BUNDLE)
    // Not what the server would make per request: the build compresses at the highest levels.
    const asBuilt = { br: brotliCompressSync(BUNDLE), gzip: gzipSync(BUNDLE, { level: 9 }) }
    writeFileSync(`${bundle}.br`, asBuilt.br)
    writeFileSync(`${bundle}.gz`, asBuilt.gzip)
    const { app } = testApp({ staticDir: built })
    const get = (url: string, encoding: string) =>
      app.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding } })
    try {
      const brotli = await get('/js/app.0a1b2c3d.js', 'gzip, br')
      const gzip = await get('/js/app.0a1b2c3d.js', 'gzip')
      const route = await get('/packages/points/pages/list/index', 'br')
      expect(brotli.headers['content-encoding']).toBe('br')
      expect(brotli.rawPayload.equals(asBuilt.br)).toBe(true)
      expect(gzip.headers['content-encoding']).toBe('gzip')
      expect(gzip.rawPayload.equals(asBuilt.gzip)).toBe(true)
      for (const answer of [brotli, gzip]) {
        expect(answer.headers['content-type']).toMatch(/javascript/)
        expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
        expect(answer.headers.vary).toMatch(/accept-encoding/i)
      }
      expect(route.headers['content-encoding']).toBe('br')
      expect(route.headers['content-type']).toMatch(/text\/html/)
      expect(route.headers['cache-control']).toBe('no-cache')
      expect(brotliDecompressSync(route.rawPayload).toString()).toBe(page)
    } finally {
      await app.close()
      rmSync(built, { recursive: true, force: true })
    }
  })
})
