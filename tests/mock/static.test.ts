import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { json, testApp, type ErrorJson } from './helpers'

describe('serving the H5 build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qs-h5-'))
  beforeAll(() => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>智慧政务服务管家</title>')
    mkdirSync(join(dir, 'js'))
    writeFileSync(join(dir, 'js', 'app.js'), 'console.log(1)')
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
})
