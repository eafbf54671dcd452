import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { brotliCompressSync } from 'node:zlib'
import { join } from 'node:path'
import { testApp } from '../helpers'

const dir = mkdtempSync(join(tmpdir(), 'qs-admin-'))
mkdirSync(join(dir, 'assets'))
writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>')
writeFileSync(
  join(dir, 'assets', 'main-ABCD2345.js'),
  `console.log(${JSON.stringify('管理后台'.repeat(500))})`,
)
/** A bundle the build compressed beside itself (admin/build.ts). */
const section = `console.log(${JSON.stringify('惠企政策'.repeat(500))})`
const sectionBuilt = brotliCompressSync(section)
writeFileSync(join(dir, 'assets', 'chunk-WXYZ2345.js'), section)
writeFileSync(join(dir, 'assets', 'chunk-WXYZ2345.js.br'), sectionBuilt)
const { app } = testApp({ adminDir: dir })
afterAll(async () => {
  await app.close()
  rmSync(dir, { recursive: true, force: true })
})

test('/admin and its paths get the page, never cached, under the same CSP as the app', async () => {
  for (const url of ['/admin', '/admin/audit']) {
    const res = await app.inject({ url })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(res.headers['content-security-policy']).toContain("script-src 'self'")
  }
})

test('hashed bundles are immutable and compressed; a bundle of an older build is a 404, not the page', async () => {
  const bundle = await app.inject({
    url: '/admin/assets/main-ABCD2345.js',
    headers: { 'accept-encoding': 'gzip' },
  })
  expect(bundle.statusCode).toBe(200)
  expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(bundle.headers['content-encoding']).toBe('gzip')
  const gone = await app.inject({ url: '/admin/assets/main-ZZZZ2345.js' })
  expect(gone.statusCode).toBe(404)
  expect(gone.json()).toMatchObject({ error: { code: 'NOT_FOUND' } })
})

test('a bundle the build compressed is sent as built, immutable', async () => {
  const bundle = await app.inject({
    url: '/admin/assets/chunk-WXYZ2345.js',
    headers: { 'accept-encoding': 'gzip, br' },
  })
  expect(bundle.headers['content-encoding']).toBe('br')
  expect(bundle.rawPayload.equals(sectionBuilt)).toBe(true)
  expect(bundle.headers['content-type']).toMatch(/javascript/)
  expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable')
})
